/**
 * A labelled text or password field in Bootstrap Italia markup, with its error linked to the input
 * (aria-invalid, aria-describedby) so that assistive technology reads the error with the field.
 */
import { forwardRef, type InputHTMLAttributes } from 'react';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: string;
  error?: string;
  hint?: string;
}

export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { id, label, error, hint, type = 'text', ...input },
  ref,
) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-group">
      <label htmlFor={id} className="active">{label}</label>
      <input
        ref={ref}
        id={id}
        type={type}
        className={error ? 'form-control is-invalid' : 'form-control'}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {hint ? <small id={hintId} className="form-text">{hint}</small> : null}
      {error ? <div id={errorId} className="invalid-feedback d-block">{error}</div> : null}
    </div>
  );
});
