'use client';

import { useId, useRef, useState } from 'react';
import { findOrCreateTagAction } from '@/features/articles/actions';
import { inputClass } from '@/components/dashboard/field';
import { Button } from '@/components/ui/button';
import { FIELD_LIMITS } from '@/features/articles/editor-types';

export type TagChoice = { id: number; name: string };

/**
 * Chosen tags as removable chips, plus a text box suggesting existing tags. Editors can create a
 * tag by typing a new name; others pick from the existing ones.
 */
export function TagsField({
  value,
  onChange,
  choices,
  onTagCreated,
  canCreate,
  disabled,
  error,
}: {
  value: number[];
  onChange: (ids: number[]) => void;
  choices: TagChoice[];
  onTagCreated: (tag: TagChoice) => void;
  canCreate: boolean;
  disabled: boolean;
  error?: string;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const byId = new Map(choices.map((t) => [t.id, t]));
  const shownError = message ?? error;

  async function add() {
    const name = text.trim().replace(/\s+/g, ' ');
    if (!name) return;
    setMessage(null);
    if (value.length >= FIELD_LIMITS.tags) return setMessage(`Use at most ${FIELD_LIMITS.tags} tags.`);
    const existing = choices.find((t) => t.name.toLowerCase() === name.toLowerCase());
    if (existing) {
      if (!value.includes(existing.id)) onChange([...value, existing.id]);
      setText('');
      return;
    }
    if (!canCreate) return setMessage(`There is no tag called “${name}”. Choose one from the suggestions; editors can create new tags.`);
    setPending(true);
    const result = await findOrCreateTagAction({ name }).catch(() => null);
    setPending(false);
    if (!result) return setMessage('The tag could not be created because the server could not be reached.');
    if (!result.ok) return setMessage(result.fieldErrors?.name ?? result.error);
    onTagCreated({ id: result.data.id, name: result.data.name });
    if (!value.includes(result.data.id)) onChange([...value, result.data.id]);
    setText('');
    input.current?.focus();
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-input`} className="text-sm font-semibold">
        Tags
      </label>
      {value.length > 0 && (
        <ul aria-label="Chosen tags" className="flex flex-wrap gap-2">
          {value.map((tagId) => {
            const name = byId.get(tagId)?.name ?? `Tag ${tagId}`;
            return (
              <li key={tagId} className="inline-flex items-center gap-1 rounded-full border border-line bg-surface py-0.5 pr-1 pl-3 text-sm">
                {name}
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => onChange(value.filter((v) => v !== tagId))}
                  aria-label={`Remove tag ${name}`}
                  className="inline-flex h-7 w-7 items-center justify-center rounded-full hover:bg-page focus-visible:outline-2 focus-visible:outline-accent"
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id={`${id}-input`}
          list={`${id}-list`}
          value={text}
          disabled={disabled}
          maxLength={FIELD_LIMITS.tagName}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
          aria-describedby={`${id}-hint${shownError ? ` ${id}-error` : ''}`}
          aria-invalid={shownError ? true : undefined}
          className={`${inputClass} min-w-48 flex-1`}
        />
        <datalist id={`${id}-list`}>
          {choices
            .filter((t) => !value.includes(t.id))
            .map((t) => (
              <option key={t.id} value={t.name} />
            ))}
        </datalist>
        <Button variant="secondary" disabled={disabled || pending || !text.trim()} onClick={() => void add()}>
          {pending ? 'Adding…' : 'Add tag'}
        </Button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-muted">
        {canCreate ? 'Type to find a tag; a new name creates the tag.' : 'Type to find an existing tag.'} Press Enter to add it.
      </p>
      {shownError && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-accent">
          {shownError}
        </p>
      )}
    </div>
  );
}
