/**
 * The evaluator's editor of a card: objectives with their weights (the live sum must be 100, the error
 * is located on the sum and on each field), plan indicators linked by search (their results are reused),
 * own indicators assessed by judgement, and behaviours rated on the policy's scale. Saving names the
 * version read: a stale card gets a conflict message and a button to load the current version.
 */
import { useMemo, useState } from 'react';
import { Button } from 'design-react-kit';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { linkParts } from '../../../core/evaluation/card.schema.js';
import { ApiError } from '../../api/api-client.js';
import { ProblemAlert } from '../../components/problem-alert.js';
import { planScoresQueryOptions } from '../../components/score/score-queries.js';
import { TextField } from '../../components/text-field.js';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { cardOfDraft, draftOf, draftProblems, weightSum, type CardDraft, type DraftProblem, type ObjectiveDraft } from './card-draft.js';
import { cardPolicyQueryOptions, cardsKey, saveCard, type CardItem, type SavedCard } from './card-queries.js';

interface EditorProps { entityCode: string; planCode: string; item: CardItem }

function IndicatorSearch({ plan, year, objective, index, onLink }: { plan: { entityCode: string; planCode: string }; year: number; objective: ObjectiveDraft; index: number; onLink: (code: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const scores = useQuery({ ...planScoresQueryOptions(plan, year, null, 'nodes,indicators'), enabled: search.trim().length > 0 });
  const linked = new Set(objective.indicators.map((link) => linkParts(link).code));
  const term = search.trim().toLowerCase();
  const matches = term === '' ? [] : (scores.data?.indicators ?? [])
    .filter((indicator) => !linked.has(indicator.code) && (indicator.code.toLowerCase().includes(term) || indicator.name.toLowerCase().includes(term)))
    .slice(0, 8);
  const id = `card-objective-${index}-search`;
  return (
    <div className="mb-2">
      <TextField id={id} label={t('cards.editor.searchIndicator')} value={search} onChange={(event) => setSearch(event.target.value)} autoComplete="off" />
      {term !== '' && scores.isSuccess ? (
        matches.length === 0 ? <p className="small">{t('cards.editor.noMatch')}</p> : (
          <ul className="list-unstyled" aria-label={t('cards.editor.searchIndicator')} data-testid="card-indicator-matches">
            {matches.map((indicator) => (
              <li key={indicator.code}>
                <Button color="primary" outline size="xs" className="mb-1" onClick={() => { onLink(indicator.code); setSearch(''); }}>
                  {t('cards.editor.link', { code: indicator.code })}
                </Button>{' '}<span>{indicator.name}</span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}

function ObjectiveEditor({ plan, year, objective, index, problems, onChange, onRemove }: {
  plan: { entityCode: string; planCode: string }; year: number; objective: ObjectiveDraft; index: number;
  problems: Record<string, DraftProblem>; onChange: (next: ObjectiveDraft) => void; onRemove: () => void;
}) {
  const { t } = useTranslation();
  const error = (field: string): string | undefined => {
    const problem = problems[`objectives.${index}.${field}`];
    return problem ? t(`cards.editor.${problem}`) : undefined;
  };
  const id = (field: string) => `card-objective-${index}-${field}`;
  const links = [...objective.indicators.map((link) => ({ kind: 'indicators' as const, code: linkParts(link).code })), ...objective.nodes.map((link) => ({ kind: 'nodes' as const, code: linkParts(link).code }))];
  return (
    <fieldset className="border rounded p-3 mb-3" data-testid={`card-objective-${index}`}>
      <legend className="h6 px-1 w-auto mb-5">{t('cards.editor.objective', { n: index + 1 })} {objective.code}</legend>
      <div className="row">
        <div className="col-md-2"><TextField id={id('code')} label={t('cards.editor.code')} value={objective.code} error={error('code')} onChange={(event) => onChange({ ...objective, code: event.target.value })} /></div>
        <div className="col-md-8"><TextField id={id('title')} label={t('cards.editor.titleField')} value={objective.title} error={error('title')} onChange={(event) => onChange({ ...objective, title: event.target.value })} /></div>
        <div className="col-md-2"><TextField id={id('weight')} label={t('cards.editor.weight')} inputMode="decimal" value={objective.weight} error={error('weight')} onChange={(event) => onChange({ ...objective, weight: event.target.value })} /></div>
      </div>
      <h4 className="h6">{t('cards.editor.linked')}</h4>
      <p className="small">{t('cards.editor.linkedHelp')}</p>
      {links.length > 0 ? (
        <ul className="list-inline" id={id('indicators')}>
          {links.map((link) => (
            <li key={`${link.kind}-${link.code}`} className="list-inline-item mb-1">
              <span className="badge bg-light text-dark border me-1"><code>{link.code}</code></span>
              <Button color="danger" outline size="xs" onClick={() => onChange({ ...objective, [link.kind]: objective[link.kind].filter((other) => linkParts(other).code !== link.code) })}>
                {t('cards.editor.unlink', { code: link.code })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {error('indicators') ? <div className="invalid-feedback d-block mb-2" id={id('indicators-error')}>{error('indicators')}</div> : null}
      <IndicatorSearch plan={plan} year={year} objective={objective} index={index} onLink={(code) => onChange({ ...objective, indicators: [...objective.indicators, code] })} />
      <h4 className="h6">{t('cards.editor.own')}</h4>
      <p className="small">{t('cards.editor.ownHelp')}</p>
      {objective.own.map((own, j) => (
        <div className="row" key={own.code}>
          <div className="col-md-4"><TextField id={id(`own-${j}-name`)} label={`${t('cards.editor.ownName')} (${own.code})`} value={own.name} onChange={(event) => onChange({ ...objective, own: objective.own.map((o, k) => (k === j ? { ...o, name: event.target.value } : o)) })} /></div>
          <div className="col-md-2"><TextField id={id(`own-${j}-achievement`)} label={t('cards.editor.ownAchievement')} inputMode="decimal" value={own.achievement}
            error={error(`own.${j}.achievement`)}
            onChange={(event) => onChange({ ...objective, own: objective.own.map((o, k) => (k === j ? { ...o, achievement: event.target.value } : o)) })} /></div>
          <div className="col-md-4"><TextField id={id(`own-${j}-justification`)} label={t('cards.editor.ownJustification')} value={own.justification} onChange={(event) => onChange({ ...objective, own: objective.own.map((o, k) => (k === j ? { ...o, justification: event.target.value } : o)) })} /></div>
          <div className="col-md-2 d-flex align-items-center">
            <Button color="danger" outline size="xs" onClick={() => onChange({ ...objective, own: objective.own.filter((_, k) => k !== j) })}>{t('cards.editor.removeOwn', { code: own.code })}</Button>
          </div>
        </div>
      ))}
      <Button color="primary" outline size="xs" className="me-2" onClick={() => onChange({ ...objective, own: [...objective.own, { code: `${objective.code || 'OBJ'}.P${objective.own.length + 1}`, name: '', achievement: '', justification: '' }] })}>
        {t('cards.editor.addOwn')}
      </Button>
      <Button color="danger" outline size="xs" onClick={onRemove}>{t('cards.editor.removeObjective', { code: objective.code || index + 1 })}</Button>
    </fieldset>
  );
}

export function CardEditor({ entityCode, planCode, item }: EditorProps) {
  const { t } = useTranslation();
  const { language, locale } = useAppLanguage();
  const queryClient = useQueryClient();
  const policy = useQuery(cardPolicyQueryOptions(entityCode, item.year));
  const [draft, setDraft] = useState<CardDraft>(() => draftOf(item.card));
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState<SavedCard | null>(null);
  const problems = useMemo(() => draftProblems(draft), [draft]);
  const sum = weightSum(draft);
  const mutation = useMutation({
    mutationFn: () => saveCard(entityCode, cardOfDraft(item.card, draft), item.version),
    onSuccess: async (result) => {
      setSaved(result);
      await queryClient.invalidateQueries({ queryKey: cardsKey(entityCode) });
      await queryClient.invalidateQueries({ queryKey: ['entities', entityCode, 'audit'] });
    },
  });
  const visible = showErrors ? problems : Object.fromEntries(Object.entries(problems).filter(([key]) => key === 'objectives.weights'));
  const scale = policy.data?.policy.ratingScale ?? { min: 1, max: 5 };
  const conflict = mutation.error instanceof ApiError && mutation.error.code === 'version_conflict';
  const setObjective = (i: number, next: ObjectiveDraft) => setDraft({ ...draft, objectives: draft.objectives.map((o, k) => (k === i ? next : o)) });
  const submit = () => {
    setSaved(null);
    if (Object.keys(problems).length > 0) { setShowErrors(true); document.getElementById('card-editor-errors')?.focus(); return; }
    mutation.mutate();
  };
  return (
    <section aria-labelledby={`editor-${item.code}`} className="mb-4" data-testid="card-editor">
      <h2 id={`editor-${item.code}`} className="h4">{t('cards.editor.title')}</h2>
      <form noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
        <div tabIndex={-1} id="card-editor-errors">
          {showErrors && Object.keys(problems).length > 0 ? <div className="alert alert-danger" role="alert">{t('cards.editor.errorsTitle')}</div> : null}
        </div>
        {draft.objectives.map((objective, i) => (
          <ObjectiveEditor key={i} plan={{ entityCode, planCode }} year={item.year} objective={objective} index={i} problems={visible}
            onChange={(next) => setObjective(i, next)} onRemove={() => setDraft({ ...draft, objectives: draft.objectives.filter((_, k) => k !== i) })} />
        ))}
        <p aria-live="polite" data-testid="card-weight-sum" className={problems['objectives.weights'] ? 'text-danger fw-semibold' : 'fw-semibold'} id="card-weight-sum">
          {problems['objectives.weights'] ? t('cards.editor.weightSumError', { sum: formatNumber(sum, { locale }) }) : t('cards.editor.weightSum', { sum: formatNumber(sum, { locale }) })}
        </p>
        <Button color="primary" outline size="sm" className="mb-3" onClick={() => setDraft({ ...draft, objectives: [...draft.objectives, { code: `OB_${draft.objectives.length + 1}`, title: '', weight: '', indicators: [], nodes: [], own: [] }] })}>
          {t('cards.editor.addObjective')}
        </Button>
        {item.card.behaviours.length > 0 ? (
          <fieldset className="mb-3">
            <legend className="h5">{t('cards.editor.behaviours')}</legend>
            {item.card.behaviours.map((behaviour) => {
              const id = `card-behaviour-${behaviour.code}`;
              const values = Array.from({ length: Math.floor(scale.max - scale.min) + 1 }, (_, k) => scale.min + k);
              return (
                <div className="select-wrapper mb-3" key={behaviour.code}>
                  <label htmlFor={id}>{t('cards.editor.rating', { label: behaviour.label, min: scale.min, max: scale.max })}</label>
                  <select id={id} value={draft.ratings[behaviour.code] ?? ''} onChange={(event) => setDraft({ ...draft, ratings: { ...draft.ratings, [behaviour.code]: event.target.value } })}>
                    <option value="">{t('cards.editor.notRated')}</option>
                    {values.map((value) => <option key={value} value={String(value)}>{formatNumber(value, { locale })}</option>)}
                  </select>
                </div>
              );
            })}
          </fieldset>
        ) : null}
        {conflict ? (
          <div className="alert alert-warning" role="alert" data-testid="card-editor-conflict">
            <p>{t('cards.editor.conflict')}</p>
            <Button color="primary" size="sm" onClick={() => { mutation.reset(); void queryClient.invalidateQueries({ queryKey: cardsKey(entityCode) }); }}>{t('cards.editor.reload')}</Button>
          </div>
        ) : mutation.isError ? (
          <ProblemAlert title={t('cards.editor.errorsTitle')} error={mutation.error}>
            {mutation.error instanceof ApiError && mutation.error.fieldProblems.length > 0 ? (
              <ul className="mt-2 mb-0">{mutation.error.fieldProblems.map((problem) => <li key={problem.path}><code>{problem.path}</code>: {problem.messages[language]}</li>)}</ul>
            ) : null}
          </ProblemAlert>
        ) : null}
        {saved ? (
          <div className="alert alert-success" role="status" data-testid="card-saved">
            {t('cards.editor.saved', { version: saved.version })}
            {saved.warnings.length > 0 ? <ul className="mb-0">{saved.warnings.map((w) => <li key={w.code + w.path}>{w.message[language]}</li>)}</ul> : null}
          </div>
        ) : null}
        <Button color="primary" type="submit" disabled={mutation.isPending} data-testid="card-save">{mutation.isPending ? t('cards.editor.saving') : t('cards.editor.save')}</Button>
      </form>
    </section>
  );
}
