'use client';

import { useRouter } from 'next/navigation';
import { createTagAction, mergeTagsAction, renameTagAction } from '@/features/taxonomy/actions';
import { SelectField } from '@/components/ui/select-field';
import { SubmitButton } from '@/components/ui/submit-button';
import { Field, inputClass } from '../field';
import { FormNotice, useActionForm } from '../use-action-form';

export function TagCreateForm() {
  const form = useActionForm(createTagAction, { reset: true });
  return (
    <form onSubmit={form.onSubmit} className="flex flex-col gap-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Tag name" error={form.errors.name}>
          {(p) => <input {...p} name="name" required maxLength={80} className={inputClass} />}
        </Field>
        <Field label="Tag slug" error={form.errors.slug} hint="Leave empty to make one from the name.">
          {(p) => <input {...p} name="slug" maxLength={120} spellCheck={false} autoCapitalize="off" className={inputClass} />}
        </Field>
      </div>
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div>
        <SubmitButton pending={form.pending} pendingLabel="Adding tag…">
          Add tag
        </SubmitButton>
      </div>
    </form>
  );
}

export function TagRenameForm({ tag }: { tag: { id: number; name: string; slug: string } }) {
  const form = useActionForm(renameTagAction);
  return (
    <form onSubmit={form.onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="id" value={tag.id} />
      <Field label="Name" error={form.errors.name} hint={`Its address stays /tag/${tag.slug}, so existing links keep working.`}>
        {(p) => <input {...p} name="name" defaultValue={tag.name} required maxLength={80} className={inputClass} />}
      </Field>
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div>
        <SubmitButton pending={form.pending} pendingLabel="Renaming…">
          Rename tag
        </SubmitButton>
      </div>
    </form>
  );
}

export function TagMergeForm({ tag, others }: { tag: { id: number; name: string }; others: { id: number; name: string; slug: string }[] }) {
  const router = useRouter();
  const form = useActionForm(mergeTagsAction, { refresh: false, onSuccess: ({ targetId }) => router.push(`/dashboard/sections/tags/${targetId}?merged=1`) });
  return (
    <form onSubmit={form.onSubmit} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="id" value={tag.id} />
      <SelectField
        label="Merge into"
        error={form.errors.targetId}
        hint={`Every article tagged “${tag.name}” gets the chosen tag instead, and “${tag.name}” is deleted.`}
        name="targetId"
        defaultValue=""
        placeholder={{ label: 'Choose a tag…', disabled: true }}
        options={others.map((o) => ({ value: o.id, label: `${o.name} (${o.slug})` }))}
      />
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div>
        <SubmitButton pending={form.pending} pendingLabel="Merging…">
          Merge tags
        </SubmitButton>
      </div>
    </form>
  );
}
