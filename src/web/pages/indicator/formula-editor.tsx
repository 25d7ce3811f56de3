/**
 * The formula field: parsed as the user types (the core parser runs in the browser), the error's
 * position marked in a copy of the text under the field, and measure suggestions at the caret
 * (arrows to choose, Enter or Tab to insert, Escape to close).
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseFormula } from '../../../core/formula/formula-parser.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { applyCompletion, completionContext, matchMeasures, measureReference, type MeasureOption } from './formula-completion.js';

interface FormulaEditorProps {
  value: string;
  onChange: (value: string) => void;
  measures: readonly MeasureOption[];
  readOnly: boolean;
  /** The server's message for the field, after a rejected save. */
  serverError?: string | undefined;
}

function ErrorMirror({ text, start, end }: { text: string; start: number; end: number }) {
  const marked = text.slice(start, Math.max(end, start + 1));
  return (
    <pre className="formula-mirror" aria-hidden="true" data-testid="formula-error-mark-line">
      {text.slice(0, start)}<mark className="formula-error-mark" data-testid="formula-error-mark">{marked === '' ? ' ' : marked}</mark>{text.slice(Math.max(end, start + 1))}
    </pre>
  );
}

export function FormulaEditor({ value, onChange, measures, readOnly, serverError }: FormulaEditorProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const parsed = useMemo(() => (value.trim() === '' ? null : parseFormula(value)), [value]);
  const error = parsed && !parsed.ok ? parsed.errors[0] : undefined;
  const context = caret === null || readOnly ? null : completionContext(value, caret);
  const complete = context !== null && !context.bracket && measures.some((measure) => measure.code === context.query);
  // A code typed in full needs no suggestion (longer codes appear again as soon as the user types on).
  const suggestions = context && !dismissed && !complete ? matchMeasures(measures, context.query) : [];
  const open = suggestions.length > 0;
  const listId = `${id}-suggestions`;
  const messageId = `${id}-message`;
  const helpId = `${id}-help`;

  const track = () => setCaret(field.current?.selectionStart ?? null);
  const choose = (measure: MeasureOption) => {
    if (!context) return;
    const next = applyCompletion(value, context, measure);
    onChange(next.text);
    setCaret(next.caret);
    setDismissed(true);
    requestAnimationFrame(() => field.current?.setSelectionRange(next.caret, next.caret));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(suggestions[Math.min(active, suggestions.length - 1)]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDismissed(true);
    }
  };
  const message = serverError ?? (error ? t('performance.indicator.formulaError', { message: error.message[language] }) : undefined);

  return (
    <div className="form-group formula-editor">
      <label htmlFor={id} className="active">{t('performance.indicator.formula')}</label>
      <textarea
        ref={field}
        id={id}
        rows={3}
        spellCheck={false}
        className={message ? 'form-control formula-input is-invalid' : 'form-control formula-input'}
        value={value}
        readOnly={readOnly}
        aria-invalid={message ? true : undefined}
        aria-describedby={`${helpId} ${messageId}`}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${Math.min(active, suggestions.length - 1)}` : undefined}
        onChange={(event) => { onChange(event.target.value); setCaret(event.target.selectionStart); setActive(0); setDismissed(false); }}
        onKeyDown={onKeyDown}
        onKeyUp={track}
        onClick={track}
        onBlur={() => setDismissed(true)}
        data-testid="formula-input"
      />
      <ul id={listId} role="listbox" aria-label={t('performance.indicator.suggestions')} className={open ? 'formula-suggestions list-unstyled' : 'd-none'} data-testid="formula-suggestions">
        {suggestions.map((measure, i) => (
          <li key={measure.code} id={`${listId}-${i}`} role="option" aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(event) => { event.preventDefault(); choose(measure); }}>
            <code>{measureReference(measure)}</code> {measure.name}
          </li>
        ))}
      </ul>
      <small id={helpId} className="form-text">{t('performance.indicator.formulaHelp')} {open ? t('performance.indicator.suggestionsHint') : ''}</small>
      {error ? <ErrorMirror text={value} start={error.span?.start ?? error.position} end={error.span?.end ?? error.position + 1} /> : null}
      <div id={messageId} role="status" className={message ? 'invalid-feedback d-block' : 'valid-feedback d-block'} data-testid="formula-message">
        {message ?? (parsed?.ok ? t('performance.indicator.formulaOk') : '')}
      </div>
    </div>
  );
}
