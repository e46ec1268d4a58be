import type { DiffPart, FieldDiff } from '@/features/articles/diff';

/**
 * Word-level changes as text: removed words struck through, added words underlined (so the change is
 * clear without colour, in either theme). React escapes everything.
 */
function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="whitespace-pre-wrap break-words">
      {parts.map((p, i) =>
        p.change === 'added' ? (
          <ins key={i} className="bg-green-600/20 underline decoration-2">
            {p.text}
          </ins>
        ) : p.change === 'removed' ? (
          <del key={i} className="bg-red-600/20 line-through">
            {p.text}
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

/**
 * The fields that differ between two versions. Short fields are shown side by side, the body as one
 * word-level diff (side by side would make people hunt for the changed word in two long columns).
 */
export function DiffView({ changes, beforeLabel, afterLabel }: { changes: FieldDiff[]; beforeLabel: string; afterLabel: string }) {
  if (changes.length === 0) return <p className="rounded-md bg-surface p-3">No differences: the two versions have the same content.</p>;
  return (
    <dl className="flex flex-col gap-4">
      {changes.map((c) => (
        <div key={c.field} className="rounded-md border border-line p-3" data-field={c.field}>
          <dt className="font-semibold">{c.label}</dt>
          <dd className="mt-2">
            {c.field === 'body' ? (
              <>
                <p className="mb-1 text-xs text-muted">
                  Changes from {beforeLabel} to {afterLabel}: <del>removed</del>, <ins>added</ins>
                </p>
                <div className="max-h-96 overflow-y-auto rounded bg-surface p-2 text-sm">
                  <DiffText parts={c.parts} />
                </div>
              </>
            ) : (
              <div className="grid gap-2 text-sm sm:grid-cols-2">
                <div>
                  <p className="text-xs font-semibold text-muted uppercase">{beforeLabel}</p>
                  <p className="break-words">{c.before || <span className="text-muted">(empty)</span>}</p>
                </div>
                <div>
                  <p className="text-xs font-semibold text-muted uppercase">{afterLabel}</p>
                  <DiffText parts={c.parts} />
                </div>
              </div>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
