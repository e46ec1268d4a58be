'use client';

import { createSectionAction, moveSectionAction, updateSectionAction } from '@/features/taxonomy/actions';
import { Button } from '@/components/ui/button';
import { SubmitButton } from '@/components/ui/submit-button';
import { Field, inputClass } from '../field';
import { FormNotice, useActionForm } from '../use-action-form';

const slugHint = 'The address: lower-case letters, digits and hyphens. Leave empty to make one from the name.';

export function SectionCreateForm() {
  const form = useActionForm(createSectionAction, { reset: true });
  return (
    <form onSubmit={form.onSubmit} className="flex flex-col gap-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Section name" error={form.errors.name}>
          {(p) => <input {...p} name="name" required maxLength={80} className={inputClass} />}
        </Field>
        <Field label="Section slug" error={form.errors.slug} hint={slugHint}>
          {(p) => <input {...p} name="slug" maxLength={120} spellCheck={false} autoCapitalize="off" className={inputClass} />}
        </Field>
      </div>
      <Field label="Section description" error={form.errors.description} hint="Shown at the top of the section page and to search engines.">
        {(p) => <textarea {...p} name="description" rows={2} maxLength={300} className={`${inputClass} h-auto py-2`} />}
      </Field>
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div>
        <SubmitButton pending={form.pending} pendingLabel="Adding section…">
          Add section
        </SubmitButton>
      </div>
    </form>
  );
}

export function SectionEditForm({ section }: { section: { id: number; name: string; slug: string; description: string; publishedCount: number } }) {
  const form = useActionForm(updateSectionAction);
  return (
    <form onSubmit={form.onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="id" value={section.id} />
      <Field label="Name" error={form.errors.name}>
        {(p) => <input {...p} name="name" defaultValue={section.name} required maxLength={80} className={inputClass} />}
      </Field>
      <Field
        label="Slug"
        error={form.errors.slug}
        hint={`Changing it moves the section and its ${section.publishedCount} published ${section.publishedCount === 1 ? 'story' : 'stories'} to a new address; the old addresses redirect there permanently.`}
      >
        {(p) => <input {...p} name="slug" defaultValue={section.slug} maxLength={120} spellCheck={false} autoCapitalize="off" className={inputClass} />}
      </Field>
      <Field label="Description" error={form.errors.description} hint="Shown at the top of the section page and to search engines.">
        {(p) => <textarea {...p} name="description" defaultValue={section.description} rows={3} maxLength={300} className={`${inputClass} h-auto py-2`} />}
      </Field>
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div>
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Save section
        </SubmitButton>
      </div>
    </form>
  );
}

/** Up/down buttons; the first section has no "up" and the last no "down". */
export function SectionOrderButtons({ id, name, first, last }: { id: number; name: string; first: boolean; last: boolean }) {
  const form = useActionForm(moveSectionAction);
  return (
    <div className="flex flex-col gap-1">
      <div className="flex gap-1">
        <Button variant="secondary" size="small" disabled={first || form.pending} aria-label={`Move ${name} up`} onClick={() => form.submitValues({ id: String(id), direction: 'up' })}>
          ↑
        </Button>
        <Button variant="secondary" size="small" disabled={last || form.pending} aria-label={`Move ${name} down`} onClick={() => form.submitValues({ id: String(id), direction: 'down' })}>
          ↓
        </Button>
      </div>
      {form.notice?.kind === 'error' && <FormNotice notice={form.notice} onRetry={form.retry} />}
    </div>
  );
}
