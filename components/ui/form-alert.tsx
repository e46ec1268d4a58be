import type { ReactNode } from 'react';

/**
 * Why a form (or the editor) could not do what was asked, announced at once to screen readers. Any
 * way out (Try again, Sign in again) goes in as children; field-by-field details as a list under it.
 */
export function FormAlert({ message, details, children }: { message: string; details?: string[]; children?: ReactNode }) {
  return (
    <div role="alert" className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-accent p-3 text-sm font-medium text-accent">
      <p>{message}</p>
      {children}
      {details && details.length > 0 && (
        <ul className="basis-full list-disc pl-5 font-normal text-ink">
          {details.map((detail, i) => (
            <li key={i}>{detail}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
