/**
 * /fondo — the bonus fund of the workspace year: the amount, the score bands and coefficients, the
 * pro-rating rules (part-time, absences, complexity) and each person's payroll data; the distribution
 * computed by the server (a what-if while the bands differ from those saved) with totals to the cent;
 * CSV and XLSX for payroll; the stp saves the bands as a new revision of the card policy.
 */
import { useState } from 'react';
import { Button, Callout, CalloutText } from 'design-react-kit';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { ProblemAlert } from '../../components/problem-alert.js';
import { LoadFailure, PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { TextField } from '../../components/text-field.js';
import { CardsSubnav } from './cards-subnav.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { cardPolicyKey, cardPolicyQueryOptions, computeFund, downloadFund, saveCardPolicy, type CardPolicyRevision, type FundDistributionView, type FundRequest } from './card-queries.js';
import { fundDraftOf, fundPolicyOfDraft, fundRequestOf, type FundDraft } from './fund-draft.js';

const euros = (cents: number, locale: string) => formatNumber(cents / 100, { locale, decimals: 2 });

function BandsEditor({ draft, errors, onChange }: { draft: FundDraft; errors: Record<string, true>; onChange: (draft: FundDraft) => void }) {
  const { t } = useTranslation();
  const setBand = (i: number, field: 'min' | 'coefficient' | 'label', value: string) =>
    onChange({ ...draft, bands: draft.bands.map((band, k) => (k === i ? { ...band, [field]: value } : band)) });
  return (
    <fieldset className="mb-3">
      <legend className="h5 mb-5">{t('cards.fund.bands')}</legend>
      {draft.bands.length === 0 ? <p className={errors.bands ? 'text-danger' : undefined} id="fund-bands-empty">{t('cards.fund.noBands')}</p> : null}
      {draft.bands.map((band, i) => (
        <div className="row" key={i} data-testid={`fund-band-${i}`}>
          <div className="col-md-3"><TextField id={`fund-band-${i}-min`} label={t('cards.fund.bandMin', { n: i + 1 })} inputMode="decimal" value={band.min} error={errors[`bands.${i}.min`] ? t('cards.editor.weightInvalid') : undefined} onChange={(event) => setBand(i, 'min', event.target.value)} /></div>
          <div className="col-md-3"><TextField id={`fund-band-${i}-coefficient`} label={t('cards.fund.bandCoefficient', { n: i + 1 })} inputMode="decimal" value={band.coefficient} error={errors[`bands.${i}.coefficient`] ? t('cards.editor.weightInvalid') : undefined} onChange={(event) => setBand(i, 'coefficient', event.target.value)} /></div>
          <div className="col-md-4"><TextField id={`fund-band-${i}-label`} label={t('cards.fund.bandLabel', { n: i + 1 })} value={band.label} onChange={(event) => setBand(i, 'label', event.target.value)} /></div>
          <div className="col-md-2 d-flex align-items-center"><Button color="danger" outline size="xs" onClick={() => onChange({ ...draft, bands: draft.bands.filter((_, k) => k !== i) })}>{t('cards.fund.removeBand', { n: i + 1 })}</Button></div>
        </div>
      ))}
      <Button color="primary" outline size="sm" onClick={() => onChange({ ...draft, bands: [...draft.bands, { min: '', coefficient: '', label: '' }] })}>{t('cards.fund.addBand')}</Button>
    </fieldset>
  );
}

function RulesEditor({ draft, errors, onChange }: { draft: FundDraft; errors: Record<string, true>; onChange: (draft: FundDraft) => void }) {
  const { t } = useTranslation();
  const check = (id: string, label: string, checked: boolean, set: (value: boolean) => void) => (
    <div className="form-check">
      <input className="form-check-input" type="checkbox" id={id} checked={checked} onChange={(event) => set(event.target.checked)} />
      <label className="form-check-label" htmlFor={id}>{label}</label>
    </div>
  );
  return (
    <div className="mb-3">
      {check('fund-part-time', t('cards.fund.partTime'), draft.partTime, (partTime) => onChange({ ...draft, partTime }))}
      {check('fund-absence', t('cards.fund.absence'), draft.absence, (absence) => onChange({ ...draft, absence }))}
      {draft.absence ? (
        <div className="row mt-3">
          <div className="col-md-3"><TextField id="fund-working-days" label={t('cards.fund.workingDays')} inputMode="decimal" value={draft.workingDays} error={errors.workingDays ? t('cards.editor.weightInvalid') : undefined} onChange={(event) => onChange({ ...draft, workingDays: event.target.value })} /></div>
          <div className="col-md-3"><TextField id="fund-franchise-days" label={t('cards.fund.franchiseDays')} inputMode="decimal" value={draft.franchiseDays} error={errors.franchiseDays ? t('cards.editor.weightInvalid') : undefined} onChange={(event) => onChange({ ...draft, franchiseDays: event.target.value })} /></div>
        </div>
      ) : null}
      {check('fund-complexity', t('cards.fund.useComplexity'), draft.useComplexity, (useComplexity) => onChange({ ...draft, useComplexity }))}
      <div className="select-wrapper mt-3" style={{ maxWidth: '20rem' }}>
        <label htmlFor="fund-score-basis">{t('cards.fund.scoreBasis')}</label>
        <select id="fund-score-basis" value={draft.scoreBasis} onChange={(event) => onChange({ ...draft, scoreBasis: event.target.value as 'raw' | 'adjusted' })}>
          <option value="adjusted">{t('cards.fund.scoreBasisOptions.adjusted')}</option>
          <option value="raw">{t('cards.fund.scoreBasisOptions.raw')}</option>
        </select>
      </div>
    </div>
  );
}

function DistributionTable({ result, draft, errors, onChange }: { result: FundDistributionView; draft: FundDraft; errors: Record<string, true>; onChange: (draft: FundDraft) => void }) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  const plan = usePlanRef();
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, { locale }));
  const payroll = (code: string, row: { partTimePercent: number; absenceDays: number }) => draft.payroll[code] ?? { partTime: String(row.partTimePercent), absence: String(row.absenceDays) };
  const setPayroll = (code: string, row: FundDistributionView['rows'][number], field: 'partTime' | 'absence', value: string) =>
    onChange({ ...draft, payroll: { ...draft.payroll, [code]: { ...payroll(code, row), [field]: value } } });
  if (result.rows.length === 0) return <div data-testid="fund-empty"><Callout color="note"><CalloutText>{t('cards.fund.empty', { year: plan.year })}</CalloutText></Callout></div>;
  return (
    <div className="table-responsive">
      <table className="table table-sm" data-testid="fund-table">
        <caption>{t('cards.fund.caption', { year: plan.year })}{result.whatIf ? ` — ${t('cards.fund.whatIf')}` : ''}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cards.fund.person')}</th>
            <th scope="col" className="text-end">{t('cards.common.score')}</th>
            <th scope="col">{t('cards.fund.band')}</th>
            <th scope="col" className="text-end">{t('cards.fund.coefficient')}</th>
            <th scope="col">{t('cards.fund.payroll')}</th>
            <th scope="col" className="text-end">{t('cards.fund.presenceDays')}</th>
            <th scope="col" className="text-end">{t('cards.fund.complexity')}</th>
            <th scope="col" className="text-end">{t('cards.common.weight')}</th>
            <th scope="col" className="text-end">{t('cards.fund.share')}</th>
            <th scope="col">{t('cards.fund.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => {
            const data = payroll(row.code, row);
            const name = row.name ?? row.code;
            return (
              <tr key={row.code} data-code={row.code}>
                <th scope="row">{name}</th>
                <td className="text-end">{number(row.score)}</td>
                <td>{row.band ? row.band.label ?? `≥ ${number(row.band.min)}` : '—'}</td>
                <td className="text-end">{number(row.band?.coefficient ?? 0)}</td>
                <td style={{ minWidth: '14rem' }}>
                  <div className="d-flex gap-2">
                    <TextField id={`fund-${row.code}-part-time`} label={t('cards.fund.partTimePercent', { name })} inputMode="decimal" value={data.partTime}
                      error={errors[`payroll.${row.code}.partTime`] ? t('cards.editor.weightInvalid') : undefined} onChange={(event) => setPayroll(row.code, row, 'partTime', event.target.value)} />
                    <TextField id={`fund-${row.code}-absence`} label={t('cards.fund.absenceDays', { name })} inputMode="decimal" value={data.absence}
                      error={errors[`payroll.${row.code}.absence`] ? t('cards.fund.amountInvalid') : undefined} onChange={(event) => setPayroll(row.code, row, 'absence', event.target.value)} />
                  </div>
                </td>
                <td className="text-end">{number(row.presenceDays)}</td>
                <td className="text-end">{number(row.complexityCoefficient)}</td>
                <td className="text-end">{formatNumber(row.weight, { locale, decimals: 4 })}</td>
                <td className="text-end" data-testid="fund-share">{euros(row.shareCents, locale)}</td>
                <td>{t(`cards.fund.statuses.${row.status}` as 'cards.fund.statuses.paid', { defaultValue: row.status })}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="fw-semibold">
            <th scope="row" colSpan={8}>{t('cards.fund.total')}</th>
            <td className="text-end" data-testid="fund-total">{euros(result.distributedCents, locale)}</td>
            <td>{t('cards.fund.fund')}: {euros(result.fundCents, locale)}</td>
          </tr>
          {result.undistributedCents > 0 ? (
            <tr><th scope="row" colSpan={8}>{t('cards.fund.undistributed')}</th><td className="text-end">{euros(result.undistributedCents, locale)}</td><td /></tr>
          ) : null}
        </tfoot>
      </table>
    </div>
  );
}

function SaveBands({ current, draft, onSaved }: { current: CardPolicyRevision; draft: FundDraft; onSaved: (revision: number) => void }) {
  const { t } = useTranslation();
  const plan = usePlanRef();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const mutation = useMutation({
    mutationFn: () => {
      const fund = fundPolicyOfDraft(draft);
      if ('errors' in fund) throw new Error('invalid bands');
      return saveCardPolicy(plan.entityCode, plan.year, { baseRevision: current.revision, note: note.trim() === '' ? null : note.trim(), policy: { ...current.policy, fund: fund.policy as CardPolicyRevision['policy']['fund'] } });
    },
    onSuccess: (saved) => { setOpen(false); onSaved(saved.revision); queryClient.setQueryData(cardPolicyKey(plan.entityCode, plan.year), saved); },
  });
  const conflict = mutation.error instanceof ApiError && mutation.error.code === 'version_conflict';
  return (
    <>
      <Button color="primary" outline onClick={() => { mutation.reset(); setOpen(true); }} data-testid="fund-save-bands">{t('cards.fund.save')}</Button>
      <ConfirmDialog confirmTestId="admin-confirm" isOpen={open} title={t('cards.fund.saveConfirmTitle')} confirmLabel={t('cards.fund.save')} busy={mutation.isPending}
        error={conflict ? null : mutation.error} onCancel={() => setOpen(false)} onConfirm={() => mutation.mutate()} testId="fund-save-dialog">
        {conflict ? <div className="alert alert-warning" role="alert">{t('cards.fund.conflict')}</div> : null}
        <p>{t('cards.fund.saveConfirmBody', { revision: current.revision + 1, year: plan.year })}</p>
        <TextField id="fund-save-note" label={t('cards.fund.saveNote')} value={note} onChange={(event) => setNote(event.target.value)} />
      </ConfirmDialog>
    </>
  );
}

function FundForm({ current }: { current: CardPolicyRevision }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const plan = usePlanRef();
  const [draft, setDraft] = useState<FundDraft>(() => fundDraftOf(current.policy.fund));
  const [errors, setErrors] = useState<Record<string, true>>({});
  const [lastRequest, setLastRequest] = useState<FundRequest | null>(null);
  const [savedRevision, setSavedRevision] = useState<number | null>(null);
  const mutation = useMutation({ mutationFn: (request: FundRequest) => computeFund(plan.entityCode, request) });
  const download = useMutation({ mutationFn: (format: 'csv' | 'xlsx') => downloadFund(plan.entityCode, { ...lastRequest!, format, locale: language }) });
  const canSave = current.abilities.includes('card.manage');
  const stored = JSON.stringify(fundDraftOf(current.policy.fund).bands);
  const changed = stored !== JSON.stringify(draft.bands);
  const compute = () => {
    const outcome = fundRequestOf(plan.year, draft);
    if ('errors' in outcome) { setErrors(outcome.errors); return; }
    setErrors({});
    setLastRequest(outcome.request);
    mutation.mutate(outcome.request);
  };
  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); compute(); }}>
      <p data-testid="fund-in-force">{t('cards.fund.inForce', { revision: current.revision })}</p>
      {!canSave ? <p className="small text-muted" data-testid="fund-read-only">{t('cards.fund.readOnly')}</p> : null}
      <div style={{ maxWidth: '20rem' }}>
        <TextField id="fund-amount" label={t('cards.fund.amount')} inputMode="decimal" value={draft.amount}
          error={errors.amount ? t('cards.fund.amountInvalid') : undefined} onChange={(event) => setDraft({ ...draft, amount: event.target.value })} />
      </div>
      <BandsEditor draft={draft} errors={errors} onChange={setDraft} />
      <RulesEditor draft={draft} errors={errors} onChange={setDraft} />
      {savedRevision !== null ? <div className="alert alert-success" role="status" data-testid="fund-bands-saved">{t('cards.fund.saved', { revision: savedRevision })}</div> : null}
      {changed ? <p className="text-warning-emphasis" data-testid="fund-changed">{t('cards.fund.changed')}</p> : null}
      <div className="d-flex flex-wrap gap-2 mb-4">
        <Button color="primary" type="submit" disabled={mutation.isPending} data-testid="fund-compute">{mutation.isPending ? t('cards.fund.simulating') : t('cards.fund.simulate')}</Button>
        {canSave && changed ? <SaveBands current={current} draft={draft} onSaved={setSavedRevision} /> : null}
      </div>
      {mutation.isError ? <ProblemAlert title={t('cards.fund.caption', { year: plan.year })} error={mutation.error} /> : null}
      {mutation.data ? (
        <section aria-labelledby="fund-result">
          <h2 id="fund-result" className="h4">{t('cards.fund.caption', { year: plan.year })}</h2>
          {mutation.data.openCards > 0 ? <p className="small">{t('cards.fund.openCards', { count: mutation.data.openCards })}</p> : null}
          <DistributionTable result={mutation.data} draft={draft} errors={errors} onChange={setDraft} />
          {mutation.data.rows.length > 0 ? (
            <div className="d-flex gap-2 mb-3">
              <Button color="primary" outline onClick={() => download.mutate('csv')} data-testid="fund-csv">{t('cards.fund.downloadCsv')}</Button>
              <Button color="primary" outline onClick={() => download.mutate('xlsx')} data-testid="fund-xlsx">{t('cards.fund.downloadXlsx')}</Button>
            </div>
          ) : null}
          {download.isError ? <ProblemAlert title={t('cards.fund.downloadFailed')} error={download.error} /> : null}
        </section>
      ) : null}
    </form>
  );
}

function FundContent() {
  const { t } = useTranslation();
  const plan = usePlanRef();
  const query = useQuery(cardPolicyQueryOptions(plan.entityCode, plan.year));
  if (query.isPending) return <p role="status">{t('cards.common.loading')}</p>;
  if (query.isError) return <LoadFailure error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <p className="lead">{t('cards.fund.intro', { year: plan.year })}</p>
      <FundForm key={`${plan.entityCode}-${plan.year}`} current={query.data} />
    </>
  );
}

export function FundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('cards.fund.title'));
  return (
    <>
      <h1>{t('cards.fund.title')}</h1>
      <CardsSubnav />
      <PerformanceGate><FundContent /></PerformanceGate>
    </>
  );
}
