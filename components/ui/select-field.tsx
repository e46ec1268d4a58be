import { Field, inputClass } from '@/components/dashboard/field';

type SelectOption = { value: string | number; label: string };

type SelectProps = {
  label: string;
  error?: string;
  hint?: string;
  name?: string;
  options: SelectOption[];
  /** A first choice that stands for "none" (value ""); disabled when it may not be chosen back. */
  placeholder?: { label: string; disabled?: boolean };
  disabled?: boolean;
  className?: string;
} & (
  | { value: string | number; onChange: (value: string) => void; defaultValue?: never }
  | { defaultValue?: string | number; value?: never; onChange?: never }
);

/** A labelled drop-down with its hint and error wired to it (see Field), controlled or not. */
export function SelectField({ label, error, hint, name, options, placeholder, disabled, className, ...state }: SelectProps) {
  const { onChange } = state;
  const control = onChange
    ? { value: state.value, onChange: (e: React.ChangeEvent<HTMLSelectElement>) => onChange(e.target.value) }
    : { defaultValue: state.defaultValue };
  return (
    <Field label={label} error={error} hint={hint}>
      {(p) => (
        <select {...p} {...control} name={name} disabled={disabled} className={className ? `${inputClass} ${className}` : inputClass}>
          {placeholder && (
            <option value="" disabled={placeholder.disabled}>
              {placeholder.label}
            </option>
          )}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
