/**
 * The form controls of the policy page, bound to the draft by the setting's path: numbers, choices
 * (select or radio group), multiple choices (checkboxes) and texts. Each shows the server's error for
 * its path next to it (aria-invalid, aria-describedby). Bootstrap Italia markup.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ScoringPolicy } from '../../../core/scoring/policy.schema.js';
import { getIn, type PolicyPath } from './policy-draft.js';

export interface PolicyFormState {
  draft: ScoringPolicy;
  set: (path: PolicyPath, value: unknown) => void;
  errors: ReadonlyMap<string, string>;
}

const PolicyFormContext = createContext<PolicyFormState | null>(null);

export function PolicyFormProvider({ state, children }: { state: PolicyFormState; children: ReactNode }) {
  return <PolicyFormContext.Provider value={state}>{children}</PolicyFormContext.Provider>;
}

function usePolicyForm(): PolicyFormState {
  const state = useContext(PolicyFormContext);
  if (!state) throw new Error('policy field outside PolicyFormProvider');
  return state;
}

export const fieldId = (path: PolicyPath): string => `policy-${path.join('-')}`;

function useField(path: PolicyPath) {
  const { draft, set, errors } = usePolicyForm();
  const id = fieldId(path);
  const error = errors.get(path.join('.'));
  return { id, error, value: getIn(draft, path), set: (value: unknown) => set(path, value) };
}

function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function Feedback({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint ? <small id={`${id}-hint`} className="form-text d-block">{hint}</small> : null}
      {error ? <div id={`${id}-error`} className="invalid-feedback d-block">{error}</div> : null}
    </>
  );
}

interface NumberSettingProps {
  path: PolicyPath;
  label: string;
  hint?: string;
  min?: number;
  max?: number;
  step?: number;
  /** An empty field is a valid choice (e.g. no tolerance); otherwise the field is required. */
  nullable?: boolean;
}

export function NumberSetting({ path, label, hint, min, max, step = 1, nullable = false }: NumberSettingProps) {
  const { id, error, value, set } = useField(path);
  const shown = typeof value === 'number' ? String(value) : '';
  const [text, setText] = useState(shown);
  useEffect(() => { setText((current) => (Number(current) === value && current !== '' ? current : shown)); }, [shown, value]);
  return (
    <div className="form-group policy-field">
      <label htmlFor={id} className="active">{label}</label>
      <input id={id} type="number" className={error ? 'form-control is-invalid' : 'form-control'} value={text} min={min} max={max} step={step}
        required={!nullable} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          // Empty is null: allowed where the setting is nullable, else the server says the field is required.
          if (next.trim() === '') set(null);
          else if (Number.isFinite(Number(next))) set(Number(next));
        }} />
      <Feedback id={id} hint={hint} error={error} />
    </div>
  );
}

export interface ChoiceOption { value: string; label: string }

interface ChoiceSettingProps {
  path: PolicyPath;
  label: string;
  options: ChoiceOption[];
  hint?: string;
  /** A radio group for a few long options; a select otherwise. */
  radio?: boolean;
}

export function ChoiceSetting({ path, label, options, hint, radio = false }: ChoiceSettingProps) {
  const { id, error, value, set } = useField(path);
  if (radio) {
    return (
      <fieldset className="policy-field mb-4" aria-describedby={describedBy(id, hint, error)} id={id} tabIndex={-1}>
        <legend className="policy-legend">{label}</legend>
        {options.map((option) => (
          <div className="form-check" key={option.value}>
            <input id={`${id}-${option.value}`} name={id} type="radio" checked={value === option.value} onChange={() => set(option.value)} />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
        <Feedback id={id} hint={hint} error={error} />
      </fieldset>
    );
  }
  return (
    <div className="select-wrapper policy-field mb-4">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={typeof value === 'string' ? value : ''} onChange={(event) => set(event.target.value)}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
      <Feedback id={id} hint={hint} error={error} />
    </div>
  );
}

export function MultiChoiceSetting({ path, label, options, hint }: Omit<ChoiceSettingProps, 'radio'>) {
  const { id, error, value, set } = useField(path);
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  const toggle = (option: string) => {
    const next = chosen.includes(option) ? chosen.filter((item) => item !== option) : [...chosen, option];
    set(options.map((o) => o.value).filter((candidate) => next.includes(candidate)));
  };
  return (
    <fieldset className="policy-field mb-4" aria-describedby={describedBy(id, hint, error)} id={id} tabIndex={-1}>
      <legend className="policy-legend">{label}</legend>
      {options.map((option) => (
        <div className="form-check form-check-inline" key={option.value}>
          <input id={`${id}-${option.value}`} type="checkbox" checked={chosen.includes(option.value)} onChange={() => toggle(option.value)} />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
      <Feedback id={id} hint={hint} error={error} />
    </fieldset>
  );
}

export function TextSetting({ path, label, multiline = false }: { path: PolicyPath; label: string; multiline?: boolean }) {
  const { id, error, value, set } = useField(path);
  const text = typeof value === 'string' ? value : '';
  const onChange = (next: string) => set(next === '' ? undefined : next);
  return (
    <div className="form-group policy-field">
      <label htmlFor={id} className="active">{label}</label>
      {multiline
        ? <textarea id={id} className="form-control" rows={3} value={text} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, undefined, error)} />
        : <input id={id} type="text" className="form-control" value={text} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, undefined, error)} />}
      <Feedback id={id} error={error} />
    </div>
  );
}
