/**
 * The fields of an approving act (kind, number, date gg/mm/aaaa, body, note) with their errors next to
 * them, and the act written out as a sentence ("Determinazione n. 9 del 29/01/2021").
 */
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/text-field.js';
import { formatDate } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import type { ActDraft, ActErrors } from './act-draft.js';
import { ACT_KINDS, type Act } from './cycle-queries.js';

interface ActFieldsProps {
  idPrefix: string;
  draft: ActDraft;
  errors: ActErrors;
  onChange: (draft: ActDraft) => void;
  legend?: string;
}

export function ActFields({ idPrefix, draft, errors, onChange, legend }: ActFieldsProps) {
  const { t } = useTranslation();
  const set = (field: keyof ActDraft) => (value: string) => onChange({ ...draft, [field]: value });
  const error = (field: keyof ActErrors) => (errors[field] ? t(`lifecycle.${errors[field]}` as 'lifecycle.act.errors.kind') : undefined);
  const kindError = error('kind');
  return (
    <fieldset className="cycle-act-fields" data-testid={`${idPrefix}-act`}>
      <legend className="h6">{legend ?? t('lifecycle.act.legend')}</legend>
      <div className="select-wrapper form-group">
        <label htmlFor={`${idPrefix}-kind`}>{t('lifecycle.act.kind')}</label>
        <select id={`${idPrefix}-kind`} value={draft.kind} onChange={(event) => set('kind')(event.target.value)}
          className={kindError ? 'is-invalid' : undefined} aria-invalid={kindError ? true : undefined}
          aria-describedby={kindError ? `${idPrefix}-kind-error` : undefined}>
          <option value="">{t('lifecycle.act.kindChoose')}</option>
          {ACT_KINDS.map((kind) => <option key={kind} value={kind}>{t(`lifecycle.act.kinds.${kind}`)}</option>)}
        </select>
        {kindError ? <div id={`${idPrefix}-kind-error`} className="invalid-feedback d-block">{kindError}</div> : null}
      </div>
      <div className="cycle-act-row">
        <TextField id={`${idPrefix}-number`} label={t('lifecycle.act.number')} value={draft.number} maxLength={60}
          onChange={(event) => set('number')(event.target.value)} error={error('number')} />
        <TextField id={`${idPrefix}-date`} label={t('lifecycle.act.date')} value={draft.date} inputMode="numeric" autoComplete="off"
          placeholder="gg/mm/aaaa" hint={t('lifecycle.act.dateHint')} onChange={(event) => set('date')(event.target.value)} error={error('date')} />
      </div>
      <TextField id={`${idPrefix}-body`} label={t('lifecycle.act.body')} value={draft.body} hint={t('lifecycle.act.bodyHint')}
        onChange={(event) => set('body')(event.target.value)} error={error('body')} />
      <TextField id={`${idPrefix}-note`} label={t('lifecycle.act.note')} value={draft.note}
        onChange={(event) => set('note')(event.target.value)} error={error('note')} />
    </fieldset>
  );
}

/** "Determinazione Commissario straordinario n. 9 del 29/01/2021". */
export function useActText(): (act: Act | null | undefined) => string | null {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  return (act) => {
    if (!act) return null;
    const values = { kind: t(`lifecycle.act.kinds.${act.kind}`), number: act.number, date: formatDate(act.date, locale), body: act.body ?? '' };
    return act.body ? t('lifecycle.act.textWithBody', values) : t('lifecycle.act.text', values);
  };
}
