'use client';

import { useState } from 'react';
import { updateProfileAction } from '@/features/profile/actions';
import { SubmitButton } from '@/components/ui/submit-button';
import { Field, inputClass } from '../field';
import { FormNotice, useActionForm } from '../use-action-form';

type Avatar = { id: number; label: string; thumbUrl: string };

export function ProfileForm({
  profile,
  avatars,
  bioMax,
}: {
  profile: { name: string; bio: string; avatarMediaId: number | null };
  avatars: Avatar[];
  bioMax: number;
}) {
  const form = useActionForm(updateProfileAction);
  const [bioLength, setBioLength] = useState(profile.bio.length);
  const avatarError = form.errors.avatarMediaId;
  return (
    <form onSubmit={form.onSubmit} className="flex flex-col gap-5" noValidate>
      <Field label="Name" error={form.errors.name} hint="Shown in your bylines and on your author page.">
        {(p) => <input {...p} name="name" defaultValue={profile.name} autoComplete="name" required maxLength={120} className={inputClass} />}
      </Field>
      <Field label="Bio" error={form.errors.bio} hint={`Plain text, shown on your author page and under your stories. ${bioLength}/${bioMax} characters.`}>
        {(p) => (
          <textarea
            {...p}
            name="bio"
            defaultValue={profile.bio}
            rows={5}
            maxLength={bioMax}
            onChange={(e) => setBioLength(e.target.value.length)}
            className={`${inputClass} h-auto py-2`}
          />
        )}
      </Field>
      <fieldset aria-describedby={avatarError ? 'avatar-error' : 'avatar-hint'} className="flex flex-col gap-2">
        <legend className="text-sm font-semibold">Picture</legend>
        <p id="avatar-hint" className="text-xs text-muted">
          Choose an image from the media library{avatars.length ? '' : ' (it has no images yet; upload some under Media)'}.
        </p>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-6">
          <label className="flex cursor-pointer flex-col items-center justify-center gap-2 rounded-md border border-line p-2 text-sm has-[:checked]:border-ink has-[:checked]:ring-2 has-[:checked]:ring-ink has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent">
            <input type="radio" name="avatarMediaId" value="" defaultChecked={profile.avatarMediaId === null} className="h-4 w-4" />
            No picture
          </label>
          {avatars.map((a) => (
            <label
              key={a.id}
              className="flex cursor-pointer flex-col gap-2 rounded-md border border-line p-2 text-xs has-[:checked]:border-ink has-[:checked]:ring-2 has-[:checked]:ring-ink has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent"
            >
              <img src={a.thumbUrl} alt="" width={160} height={90} loading="lazy" className="aspect-video w-full rounded-sm object-cover" />
              <span className="flex items-start gap-2">
                <input type="radio" name="avatarMediaId" value={a.id} defaultChecked={profile.avatarMediaId === a.id} className="mt-0.5 h-4 w-4 shrink-0" />
                <span className="line-clamp-2">{a.label}</span>
              </span>
            </label>
          ))}
        </div>
        {avatarError && (
          <p id="avatar-error" className="text-sm font-medium text-accent">
            {avatarError}
          </p>
        )}
      </fieldset>
      <FormNotice notice={form.notice} onRetry={form.retry} />
      <div>
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Save profile
        </SubmitButton>
      </div>
    </form>
  );
}
