'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import { inputClass } from '@/components/dashboard/field';
import { Button } from '@/components/ui/button';
import { browserTimeZone, fromLocalInputValue, localDateTime, toLocalInputValue } from './local-time';

const noSubscription = () => () => undefined;

/**
 * "Schedule…" opens a date-and-time field in the person's own time zone (named next to it); the
 * time goes to the server in UTC. A scheduled article shows when it goes live.
 */
export function ScheduleControl({
  scheduledAt,
  disabled,
  error,
  onSchedule,
  onDismissError,
}: {
  scheduledAt: string | null;
  disabled: boolean;
  error?: string;
  onSchedule: (utcIso: string) => Promise<boolean>;
  onDismissError: () => void;
}) {
  const id = useId();
  const [opened, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The zone is the browser's, unknown while rendering on the server.
  const zone = useSyncExternalStore(noSubscription, browserTimeZone, () => null);
  // A refusal from the server keeps the form open next to its message.
  const open = opened || Boolean(error);
  const shown = problem ?? error;

  async function submit() {
    const utc = fromLocalInputValue(value);
    if (!utc) return setProblem('Choose a date and a time.');
    if (new Date(utc).getTime() <= Date.now()) return setProblem('Choose a time in the future, or use Publish now.');
    setProblem(null);
    if (await onSchedule(utc)) setOpen(false);
  }

  return (
    <div className="flex flex-col gap-2">
      {scheduledAt && (
        <p className="text-sm">
          Goes live <time dateTime={scheduledAt}>{localDateTime(scheduledAt)}</time>
          {zone && <span className="text-muted"> ({zone})</span>}
        </p>
      )}
      {!open ? (
        <Button
          variant="secondary"
          className="self-start"
          disabled={disabled}
          onClick={() => {
            setValue(toLocalInputValue(new Date(scheduledAt ?? Date.now() + 3_600_000)));
            setOpen(true);
          }}
        >
          {scheduledAt ? 'Reschedule…' : 'Schedule…'}
        </Button>
      ) : (
        <div role="group" aria-labelledby={`${id}-legend`} className="flex flex-col gap-2 rounded-md border border-line p-3">
          <p id={`${id}-legend`} className="text-sm font-semibold">
            Schedule publication
          </p>
          <label htmlFor={`${id}-at`} className="text-sm font-semibold">
            Publish at{zone ? ` (${zone})` : ''}
          </label>
          <input
            id={`${id}-at`}
            type="datetime-local"
            step={1}
            value={value}
            min={toLocalInputValue(new Date())}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ''}`}
            aria-invalid={shown ? true : undefined}
            className={inputClass}
          />
          <p id={`${id}-hint`} className="text-xs text-muted">
            In your time zone{zone ? `, ${zone}` : ''}. It goes live at this time even if nobody has the newsroom open.
          </p>
          {shown && (
            <p id={`${id}-error`} className="text-sm font-medium text-accent">
              {shown}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" disabled={disabled} onClick={() => void submit()}>
              Schedule
            </Button>
            <button
              type="button"
              className="px-3 text-sm font-semibold underline"
              onClick={() => {
                setOpen(false);
                setProblem(null);
                onDismissError();
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
