'use client';

import { useId, useState } from 'react';
import { Field, inputClass } from '@/components/dashboard/field';
import { HeroImageField } from '@/components/dashboard/hero-image-field';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { FIELD_LIMITS, SEO_LIMITS } from '@/features/articles/editor-types';
import type { EditorSession } from './editor-session';
import type { EditorState, EditorView } from './editor-state';
import { TagsField, type TagChoice } from './tags-field';

/** "42 of 60 characters" (and a warning past the limit where search engines cut the text). */
function counterHint(value: string, limit: number, emptyHint: string): string {
  const n = value.trim().length;
  if (n === 0) return `${emptyHint} Up to ${limit} characters show in search results.`;
  if (n > limit) return `${n} of ${limit} characters: search results will cut the last ${n - limit}.`;
  return `${n} of ${limit} characters.`;
}

type Props = {
  session: EditorSession;
  state: EditorState;
  view: EditorView;
  sections: { id: number; name: string }[];
  tags: TagChoice[];
};

/** The sidebar's fields: address, section, tags, hero image and what search engines show. */
export function DetailsPanel({ session, state, view, sections, tags }: Props) {
  const uid = useId();
  const [tagChoices, setTagChoices] = useState<TagChoice[]>(tags);
  const { draft, errors, hero, slugAuto, meta } = state;
  const { editable, permissions } = view;
  const edit = (patch: Partial<typeof draft>) => session.dispatch({ type: 'edit', patch });
  return (
    <>
      <Field
        label="Slug"
        error={errors.slug}
        hint={slugAuto ? 'Made from the title as you type. Edit it to choose your own.' : meta?.publishedAt ? 'Changing it keeps the old address working (it redirects here).' : 'Lowercase letters, numbers and hyphens.'}
      >
        {(f) => (
          <div className="flex gap-2">
            <input
              {...f}
              value={draft.slug}
              onChange={(e) => session.dispatch({ type: 'slugTyped', slug: e.target.value })}
              maxLength={FIELD_LIMITS.slug}
              spellCheck={false}
              disabled={!editable}
              className={`${inputClass} min-w-0 flex-1 font-mono text-sm`}
            />
            {!slugAuto && editable && (
              <Button variant="secondary" onClick={() => session.dispatch({ type: 'slugFromTitle' })}>
                From title
              </Button>
            )}
          </div>
        )}
      </Field>

      <SelectField
        label="Section"
        error={errors.sectionId}
        value={draft.sectionId ?? ''}
        onChange={(value) => edit({ sectionId: value ? Number(value) : null })}
        placeholder={{ label: 'Choose a section' }}
        options={sections.map((s) => ({ value: s.id, label: s.name }))}
        disabled={!editable}
      />

      <TagsField
        value={draft.tagIds}
        onChange={(tagIds) => edit({ tagIds })}
        choices={tagChoices}
        onTagCreated={(t) => setTagChoices((all) => [...all.filter((x) => x.id !== t.id), t].sort((a, b) => a.name.localeCompare(b.name)))}
        canCreate={Boolean(permissions?.createTags)}
        disabled={!editable}
        error={errors.tagIds}
      />

      <section aria-labelledby={`${uid}-hero`} className="flex flex-col gap-3">
        <h2 id={`${uid}-hero`} className="text-sm font-semibold">
          Hero image
        </h2>
        {editable ? (
          <HeroImageField value={hero} onChange={(media) => session.dispatch({ type: 'heroChosen', media })} describedBy={errors.heroMediaId ? `${uid}-hero-error` : undefined} />
        ) : hero ? (
          <img src={hero.thumbUrl} alt={draft.heroAlt || hero.alt} width={400} height={225} className="aspect-video w-full rounded-md object-cover" />
        ) : (
          <p className="text-sm text-muted">No hero image.</p>
        )}
        {errors.heroMediaId && (
          <p id={`${uid}-hero-error`} className="text-sm font-medium text-accent">
            {errors.heroMediaId}
          </p>
        )}
        {(hero || draft.heroMediaId !== null) && (
          <>
            <Field label="Alt text" error={errors.heroAlt} hint="What the picture shows, for people who cannot see it. Required to publish.">
              {(f) => (
                <textarea {...f} value={draft.heroAlt} onChange={(e) => edit({ heroAlt: e.target.value })} maxLength={FIELD_LIMITS.heroAlt} rows={2} disabled={!editable} className={`${inputClass} h-auto py-2`} />
              )}
            </Field>
            <Field label="Caption" error={errors.heroCaption}>
              {(f) => <input {...f} value={draft.heroCaption} onChange={(e) => edit({ heroCaption: e.target.value })} maxLength={FIELD_LIMITS.heroCaption} disabled={!editable} className={inputClass} />}
            </Field>
            <Field label="Credit" error={errors.heroCredit} hint="e.g. Photo: Jane Doe / Chronicle">
              {(f) => <input {...f} value={draft.heroCredit} onChange={(e) => edit({ heroCredit: e.target.value })} maxLength={FIELD_LIMITS.heroCredit} disabled={!editable} className={inputClass} />}
            </Field>
          </>
        )}
      </section>

      <section aria-labelledby={`${uid}-seo`} className="flex flex-col gap-3">
        <h2 id={`${uid}-seo`} className="text-sm font-semibold">
          Search engines
        </h2>
        <Field label="SEO title" error={errors.seoTitle} hint={counterHint(draft.seoTitle, SEO_LIMITS.title, 'Leave empty to use the title.')}>
          {(f) => (
            <input {...f} value={draft.seoTitle} onChange={(e) => edit({ seoTitle: e.target.value })} maxLength={FIELD_LIMITS.seoTitle} disabled={!editable} placeholder={draft.title} className={inputClass} />
          )}
        </Field>
        <Field label="SEO description" error={errors.seoDescription} hint={counterHint(draft.seoDescription, SEO_LIMITS.description, 'Leave empty to use the standfirst.')}>
          {(f) => (
            <textarea
              {...f}
              value={draft.seoDescription}
              onChange={(e) => edit({ seoDescription: e.target.value })}
              maxLength={FIELD_LIMITS.seoDescription}
              rows={3}
              disabled={!editable}
              placeholder={draft.standfirst}
              className={`${inputClass} h-auto py-2`}
            />
          )}
        </Field>
      </section>
    </>
  );
}
