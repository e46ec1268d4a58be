'use client';

import { useEffect, useId, useRef, useState } from 'react';

/**
 * A destructive button that asks first, inline: the first press reveals the question with a
 * confirming button (focused) and Cancel. No browser dialog, so keyboard and screen-reader users
 * stay in the page, and nothing happens by a single stray click.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  disabled,
  className,
  confirmClassName,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  className: string;
  confirmClassName?: string;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const wasAsking = useRef(false);
  useEffect(() => {
    // Focus follows the question: onto the confirming button, and back to the trigger after.
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) triggerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className={className} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby={questionId}
      className="flex flex-wrap items-center gap-2 rounded-md border border-accent p-2"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          setAsking(false);
        }
      }}
    >
      <p id={questionId} className="text-sm font-semibold">
        {question}
      </p>
      <button
        ref={confirmRef}
        type="button"
        className={confirmClassName ?? className}
        disabled={disabled}
        onClick={async () => {
          await onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className="rounded-md px-3 py-2 text-sm font-semibold underline focus-visible:outline-2 focus-visible:outline-accent"
        onClick={() => setAsking(false)}
      >
        Cancel
      </button>
    </div>
  );
}
