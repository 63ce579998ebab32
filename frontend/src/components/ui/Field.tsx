import { useId, type InputHTMLAttributes, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { cn } from './cn';

const controlClass =
  'block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 ' +
  'focus:outline-none focus:ring-2 focus:ring-indigo-500 focus:border-indigo-500 disabled:bg-slate-100';

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  footer?: ReactNode;
}

function FieldShell({ id, label, hint, errors, children, footer }: FieldShellProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {footer}
      {errors && errors.length > 0 ? (
        <ul id={`${id}-error`} className="text-sm text-rose-700" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: unknown, errors?: string[], extra?: string) {
  return (
    [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null, extra ?? null]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  footer?: ReactNode;
  describedById?: string;
}

export function TextField({ label, hint, errors, footer, describedById, id, className, ...props }: TextFieldProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  const invalid = Boolean(errors?.length);
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors} footer={footer}>
      <input
        id={fieldId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(fieldId, hint, errors, describedById)}
        className={cn(controlClass, invalid ? 'border-rose-400' : 'border-slate-300', className)}
        {...props}
      />
    </FieldShell>
  );
}

export interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
}

export function TextAreaField({ label, hint, errors, id, className, ...props }: TextAreaFieldProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  const invalid = Boolean(errors?.length);
  return (
    <FieldShell id={fieldId} label={label} hint={hint} errors={errors}>
      <textarea
        id={fieldId}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(fieldId, hint, errors)}
        className={cn(controlClass, invalid ? 'border-rose-400' : 'border-slate-300', className)}
        {...props}
      />
    </FieldShell>
  );
}

export interface SelectFieldProps extends React.SelectHTMLAttributes<HTMLSelectElement> {
  label: ReactNode;
}

export function SelectField({ label, id, className, children, ...props }: SelectFieldProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={fieldId} className={cn(controlClass, 'border-slate-300', className)} {...props}>
        {children}
      </select>
    </div>
  );
}
