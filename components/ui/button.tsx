import type { ComponentPropsWithRef } from 'react';

export const buttonClass =
  'inline-flex h-11 items-center justify-center rounded-md bg-ink px-5 font-semibold text-page hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:opacity-60';

export const secondaryButtonClass =
  'inline-flex h-11 items-center justify-center rounded-md border border-line px-4 font-semibold hover:bg-surface focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:opacity-60';

export type ButtonVariant = 'primary' | 'secondary';

/** The classes of a button of this kind, for links that look like buttons. */
function buttonClasses(variant: ButtonVariant = 'primary', size: 'normal' | 'small' = 'normal'): string {
  const base = variant === 'primary' ? buttonClass : secondaryButtonClass;
  // Small buttons sit inside rows and messages, where a full-height button would crowd the text.
  return size === 'small' ? `${base} h-9 px-3` : base;
}

type ButtonProps = Omit<ComponentPropsWithRef<'button'>, 'type'> & {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  /** "button" unless said otherwise, so a button inside a form never submits it by accident. */
  type?: 'button' | 'submit' | 'reset';
};

/** The newsroom's button: primary (filled) for the main action of a place, secondary (outlined) for the rest. */
export function Button({ variant = 'primary', size = 'normal', type = 'button', className, ...props }: ButtonProps) {
  return <button type={type} className={className ? `${buttonClasses(variant, size)} ${className}` : buttonClasses(variant, size)} {...props} />;
}
