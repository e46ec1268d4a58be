'use client';

import { useState } from 'react';
import { inputClass } from './field';

type FieldProps = { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean };

/** A new-password input with a "Show password" switch, so an admin can check what they typed before passing it on. */
export function NewPasswordInput({ field, name = 'password' }: { field: FieldProps; name?: string }) {
  const [shown, setShown] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <input
        {...field}
        name={name}
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        spellCheck={false}
        autoCapitalize="off"
        required
        className={inputClass}
      />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={shown} onChange={(e) => setShown(e.target.checked)} className="h-4 w-4" />
        Show password
      </label>
    </div>
  );
}
