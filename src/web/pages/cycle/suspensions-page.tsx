/**
 * Sterilizzazioni: the indicators and objectives suspended in the workspace year (reason, act, since
 * when), suspending one more with a reason and (usually) the act, lifting one with a reason — each after
 * a confirmation, for the STP and the SG while the year is not closed. Others read.
 */
import { useMemo, useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { planScoresQueryOptions } from '../../components/score/score-queries.js';
import { LoadFailure, PerformanceGate, usePlanRef, type WorkspacePlan } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { formatDate } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { EMPTY_ACT, readAct, type ActDraft, type ActErrors } from './act-draft.js';
import { ActFields, useActText } from './act-fields.js';
import { ReasonField } from './cycle-actions.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { cycleKey, cycleQueryOptions, type Act } from './cycle-queries.js';
import { validateSuspensionSearch, type SuspensionSearch } from './suspension-search.js';
import { liftSuspension, suspend, suspensionsQueryOptions, type Suspension, type SuspensionKind } from './suspension-queries.js';
import './cycle.css';

const OPEN_STATES = ['planning', 'approved', 'monitoring', 'revised'];

function useInvalidateSuspensions(plan: WorkspacePlan) {
  const queryClient = useQueryClient();
  return () => Promise.all([
    queryClient.invalidateQueries({ queryKey: cycleKey(plan) }),
    queryClient.invalidateQueries({ queryKey: ['entities', plan.entityCode, 'plans', plan.planCode, 'scores'] }),
  ]);
}

function LiftDialog({ plan, item, onClose, onDone }: { plan: WorkspacePlan; item: Suspension; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const invalidate = useInvalidateSuspensions(plan);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({ mutationFn: (text: string) => liftSuspension(plan, item, text), onSuccess: async () => { await invalidate(); onDone(); } });
  const confirm = () => {
    if (reason.trim() === '') return setError(t('lifecycle.suspensions.reasonRequired'));
    setError(null);
    mutation.mutate(reason.trim());
  };
  return (
    <ConfirmDialog testId="suspension-lift" confirmTestId="suspension-lift-confirm" size="lg" tone="primary" isOpen title={t('lifecycle.suspensions.liftTitle', { code: item.target.code })} confirmLabel={t('lifecycle.suspensions.lift')}
      busy={mutation.isPending} error={mutation.error} onConfirm={confirm} onCancel={onClose}>
      <p>{t('lifecycle.suspensions.liftBody')}</p>
      <ReasonField id="lift-reason" label={t('lifecycle.suspensions.liftReason')} value={reason} error={error} onChange={setReason} />
    </ConfirmDialog>
  );
}

interface PlanItem { kind: SuspensionKind; code: string; name: string }

interface SuspendFormProps { plan: WorkspacePlan; items: PlanItem[]; suspended: Set<string>; initial: SuspensionSearch; onDone: (code: string) => void }

function SuspendForm({ plan, items, suspended, initial, onDone }: SuspendFormProps) {
  const { t } = useTranslation();
  const invalidate = useInvalidateSuspensions(plan);
  const [kind, setKind] = useState<SuspensionKind>(initial.tipo ?? 'indicator');
  const [code, setCode] = useState(initial.codice ?? '');
  const [reason, setReason] = useState('');
  const [withAct, setWithAct] = useState(true);
  const [act, setAct] = useState<ActDraft>(EMPTY_ACT);
  const [actErrors, setActErrors] = useState<ActErrors>({});
  const [errors, setErrors] = useState<{ code?: string; reason?: string }>({});
  const [pending, setPending] = useState<{ item: PlanItem; reason: string; act?: Act } | null>(null);
  const mutation = useMutation({
    mutationFn: (request: { item: PlanItem; reason: string; act?: Act }) => suspend(plan, { target: { kind: request.item.kind, code: request.item.code }, reason: request.reason, ...(request.act ? { act: request.act } : {}) }),
    onSuccess: async (_, request) => {
      setPending(null); setCode(''); setReason(''); setAct(EMPTY_ACT);
      await invalidate();
      onDone(request.item.code);
    },
  });
  const choices = items.filter((item) => item.kind === kind && !suspended.has(`${item.kind}:${item.code}`));
  const review = () => {
    const item = choices.find((choice) => choice.code === code);
    const next = { code: item ? undefined : t('lifecycle.suspensions.itemRequired'), reason: reason.trim() === '' ? t('lifecycle.suspensions.reasonRequired') : undefined };
    setErrors(next);
    const read = withAct ? readAct(act) : null;
    setActErrors(read?.errors ?? {});
    if (!item || next.reason || (read && !read.act)) return;
    mutation.reset();
    setPending({ item, reason: reason.trim(), ...(read?.act ? { act: read.act } : {}) });
  };
  return (
    <section aria-labelledby="suspension-form" className="cycle-section">
      <h2 id="suspension-form" className="h4 mb-4">{t('lifecycle.suspensions.formHeading')}</h2>
      <div className="cycle-act-row mt-2">
        <div className="select-wrapper form-group">
          <label htmlFor="suspension-kind">{t('lifecycle.suspensions.kind')}</label>
          <select id="suspension-kind" value={kind} onChange={(event) => { setKind(event.target.value as SuspensionKind); setCode(''); }}>
            <option value="indicator">{t('lifecycle.suspensions.kinds.indicator')}</option>
            <option value="node">{t('lifecycle.suspensions.kinds.node')}</option>
          </select>
        </div>
        <div className="select-wrapper form-group">
          <label htmlFor="suspension-item">{t('lifecycle.suspensions.item')}</label>
          <select id="suspension-item" value={code} onChange={(event) => setCode(event.target.value)} aria-invalid={errors.code ? true : undefined}
            aria-describedby={errors.code ? 'suspension-item-error' : undefined}>
            <option value="">{t('lifecycle.suspensions.itemChoose')}</option>
            {choices.map((item) => <option key={item.code} value={item.code}>{item.code} – {item.name}</option>)}
          </select>
          {errors.code ? <div id="suspension-item-error" className="invalid-feedback d-block">{errors.code}</div> : null}
        </div>
      </div>
      <ReasonField id="suspension-reason" label={t('lifecycle.suspensions.reason')} hint={t('lifecycle.suspensions.reasonHint')} value={reason}
        error={errors.reason ?? null} onChange={setReason} />
      <div className="form-check">
        <input type="checkbox" className="form-check-input" id="suspension-with-act" checked={withAct} onChange={(event) => setWithAct(event.target.checked)} />
        <label className="form-check-label" htmlFor="suspension-with-act">{t('lifecycle.suspensions.withAct')}</label>
      </div>
      {withAct ? <ActFields idPrefix="suspension-act" legend={t('lifecycle.suspensions.act')} draft={act} errors={actErrors} onChange={setAct} /> : null}
      <Button color="primary" onClick={review} data-testid="suspension-submit">{t('lifecycle.suspensions.submit')}</Button>
      {pending ? (
        <ConfirmDialog testId="suspension-confirm" confirmTestId="suspension-confirm-confirm" size="lg" tone="primary" isOpen title={t('lifecycle.suspensions.confirmTitle', { code: pending.item.code })} confirmLabel={t('lifecycle.suspensions.submit')}
          busy={mutation.isPending} error={mutation.error} onConfirm={() => mutation.mutate(pending)} onCancel={() => setPending(null)}>
          <p>{t('lifecycle.suspensions.confirmBody', { name: pending.item.name, year: plan.year })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function SuspensionsContent() {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const actText = useActText();
  const plan = usePlanRef();
  const search = useSearch({ strict: false });
  const cycle = useQuery(cycleQueryOptions(plan));
  const list = useQuery(suspensionsQueryOptions(plan));
  const scores = useQuery(planScoresQueryOptions(plan, plan.year, null));
  const [lifting, setLifting] = useState<Suspension | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const items = useMemo((): PlanItem[] => [
    ...(scores.data?.indicators ?? []).map((indicator) => ({ kind: 'indicator' as const, code: indicator.code, name: indicator.name })),
    ...(scores.data?.nodes ?? []).map((node) => ({ kind: 'node' as const, code: node.code, name: node.title })),
  ], [scores.data]);
  if (cycle.isPending || list.isPending) return <p role="status">{t('lifecycle.suspensions.loading')}</p>;
  if (cycle.isError || list.isError) return <LoadFailure error={cycle.error ?? list.error} onRetry={() => { void cycle.refetch(); void list.refetch(); }} />;
  const open = OPEN_STATES.includes(cycle.data.status);
  const canManage = cycle.data.abilities.includes('suspension.manage') && open;
  const nameOf = (item: Suspension) => items.find((candidate) => candidate.kind === item.target.kind && candidate.code === item.target.code)?.name ?? '';
  return (
    <>
      <h1>{t('lifecycle.suspensions.heading', { year: plan.year })}</h1>
      <p><Link to="/ciclo">{t('lifecycle.revision.back')}</Link></p>
      <p className="lead">{t('lifecycle.suspensions.intro')}</p>
      {!open ? <p data-testid="suspensions-locked">{t('lifecycle.suspensions.locked', { state: cycle.data.label[language] })}</p> : null}
      {open && !cycle.data.abilities.includes('suspension.manage') ? <p>{t('lifecycle.suspensions.readOnly')}</p> : null}
      {done ? <Alert color="success" fade={false} role="status" data-testid="suspensions-done">{done}</Alert> : null}
      {list.data.length === 0 ? (
        <p data-testid="suspensions-empty">{t('lifecycle.suspensions.empty', { year: plan.year })} {canManage ? t('lifecycle.suspensions.emptyManage') : null}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm" data-testid="suspensions-table">
            <caption>{t('lifecycle.suspensions.caption', { year: plan.year })}</caption>
            <thead><tr>
              <th scope="col">{t('lifecycle.suspensions.item')}</th><th scope="col">{t('lifecycle.suspensions.kind')}</th>
              <th scope="col">{t('lifecycle.suspensions.reason')}</th><th scope="col">{t('lifecycle.suspensions.act')}</th>
              <th scope="col">{t('lifecycle.suspensions.since')}</th>
              {canManage ? <th scope="col"><span className="visually-hidden">{t('lifecycle.suspensions.lift')}</span></th> : null}
            </tr></thead>
            <tbody>
              {list.data.map((item) => (
                <tr key={item.id} data-code={item.target.code}>
                  <th scope="row">
                    {item.target.kind === 'node'
                      ? <Link to="/obiettivi/$nodeCode" params={{ nodeCode: item.target.code }}><code>{item.target.code}</code> {nameOf(item)}</Link>
                      : <Link to="/indicatori/$indicatorCode" params={{ indicatorCode: item.target.code }}><code>{item.target.code}</code> {nameOf(item)}</Link>}
                  </th>
                  <td>{t(`lifecycle.suspensions.kinds.${item.target.kind}`)}</td>
                  <td>{item.reason}</td>
                  <td>{actText(item.act) ?? t('lifecycle.suspensions.noAct')}</td>
                  <td>{formatDate(item.createdAt, locale)}</td>
                  {canManage ? (
                    <td><Button color="secondary" outline size="sm" onClick={() => { setDone(null); setLifting(item); }} aria-label={t('lifecycle.suspensions.liftLabel', { code: item.target.code })}>
                      {t('lifecycle.suspensions.lift')}
                    </Button></td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {lifting ? <LiftDialog plan={plan} item={lifting} onClose={() => setLifting(null)} onDone={() => { setDone(t('lifecycle.suspensions.lifted', { code: lifting.target.code })); setLifting(null); }} /> : null}
      {canManage ? (
        <SuspendForm plan={plan} items={items} initial={validateSuspensionSearch(search)} suspended={new Set(list.data.map((item) => `${item.target.kind}:${item.target.code}`))}
          onDone={(code) => setDone(t('lifecycle.suspensions.added', { code }))} />
      ) : null}
    </>
  );
}

export function SuspensionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('lifecycle.suspensions.title'));
  return <PerformanceGate><SuspensionsContent /></PerformanceGate>;
}
