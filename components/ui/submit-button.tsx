import type { ReactNode } from 'react';
import { Button, type ButtonVariant } from './button';

/**
 * A form's submit button. While the form is being sent it is disabled and says what is happening
 * ("Saving…"), so a second click cannot send it twice and the person knows it was taken.
 */
export function SubmitButton({
  children,
  pending = false,
  pendingLabel,
  disabled = false,
  variant = 'primary',
  'aria-describedby': describedBy,
}: {
  children: ReactNode;
  pending?: boolean;
  /** Shown instead of the label while pending; without one the label stays. */
  pendingLabel?: string;
  disabled?: boolean;
  variant?: ButtonVariant;
  'aria-describedby'?: string;
}) {
  return (
    <Button type="submit" variant={variant} disabled={pending || disabled} aria-describedby={describedBy}>
      {pending && pendingLabel ? pendingLabel : children}
    </Button>
  );
}
