/**
 * Obiettivo: one node of the tree with its details, description, units, result (and how it is
 * computed), budget, indicators, children, history and lint findings, for the period in the address.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-client.js';
import { findingsFor, LintList } from '../../components/score/lint-list.js';
import { PeriodSelect } from '../../components/score/period-select.js';
import { planLintQueryOptions, planScoresQueryOptions } from '../../components/score/score-queries.js';
import { ScoreExplanationDetails, ScoreResult } from '../../components/score/score-result.js';
import { LoadFailure, PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { indicatorListQueryOptions } from '../indicator/indicator-queries.js';
import { periodChoiceOf, validatePeriodSearch } from '../tree/tree-search.js';
import { NodeBudget } from './node-budget.js';
import { NodeChildren } from './node-children.js';
import { NodeHistory } from './node-history.js';
import { NodeIndicators } from './node-indicators.js';
import { nodeListQueryOptions, nodeQueryOptions, orgUnitListQueryOptions } from './node-queries.js';
import { NodeSummary } from './node-summary.js';

function NotFound({ code }: { code: string }) {
  const { t } = useTranslation();
  return (
    <Callout color="warning" data-testid="node-not-found">
      <CalloutTitle>{t('performance.common.notFoundTitle')}</CalloutTitle>
      <CalloutText>{t('performance.common.notFoundBody', { code })}</CalloutText>
      <Link to="/albero">{t('performance.common.backToTree')}</Link>
    </Callout>
  );
}

function NodeView({ nodeCode, periodo }: { nodeCode: string; periodo: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlanRef();
  const period = periodChoiceOf(periodo);
  const node = useQuery(nodeQueryOptions(plan, nodeCode));
  const nodes = useQuery(nodeListQueryOptions(plan));
  const indicators = useQuery(indicatorListQueryOptions(plan));
  const scores = useQuery(planScoresQueryOptions(plan, plan.year, period, 'nodes,indicators'));
  const units = useQuery(orgUnitListQueryOptions(plan.entityCode));
  const lint = useQuery(planLintQueryOptions(plan));
  const unitNames = useMemo(() => new Map((units.data ?? []).map((unit) => [unit.code, unit.name])), [units.data]);
  useDocumentTitle(node.data ? `${node.data.code} ${node.data.title}` : nodeCode);

  if (node.isError && node.error instanceof ApiError && node.error.status === 404) return <NotFound code={nodeCode} />;
  const failure = node.error ?? nodes.error ?? indicators.error ?? scores.error;
  if (failure) return <LoadFailure error={failure} onRetry={() => { void node.refetch(); void nodes.refetch(); void indicators.refetch(); void scores.refetch(); }} />;
  if (!node.data || !nodes.data || !indicators.data || !scores.data) return <p role="status">{t('common.loading')}</p>;

  const current = node.data;
  const own = indicators.data.filter((indicator) => indicator.nodeCode === current.code);
  const children = nodes.data.filter((candidate) => candidate.parentCode === current.code);
  const nodeScores = new Map(scores.data.nodes.map((score) => [score.code, score]));
  const indicatorScores = new Map(scores.data.indicators.map((score) => [score.code, score]));
  const decimals = scores.data.policy.rounding.decimals;
  const codes = new Set([current.code, ...own.map((indicator) => indicator.code)]);

  return (
    <article aria-labelledby="node-title">
      <p className="mb-1"><Link to="/albero" search={periodo ? { periodo } : {}}>{t('performance.common.backToTree')}</Link></p>
      <h1 id="node-title"><span className="node-code">{current.code}</span> {current.title}</h1>
      <div className="row gx-5 mt-3">
        <div className="col-lg-7">
          <section aria-labelledby="node-details-heading">
            <h2 id="node-details-heading" className="h4">{t('performance.node.details')}</h2>
            <NodeSummary node={current} parent={nodes.data.find((n) => n.code === current.parentCode)} unitName={(code) => unitNames.get(code)} periodo={periodo} />
          </section>
        </div>
        <div className="col-lg-5 mt-4 mt-lg-0">
          <section aria-labelledby="node-result-heading">
            <h2 id="node-result-heading" className="h4">{t('performance.node.result')}</h2>
            <PeriodSelect scores={scores.data} onChange={(next) => void navigate({ to: '/obiettivi/$nodeCode', params: { nodeCode }, search: { periodo: next }, replace: true })} />
            <ScoreResult score={nodeScores.get(current.code) ?? null} decimals={decimals} />
            <p className="small mt-2"><Link to="/sterilizzazioni" search={{ tipo: 'node', codice: current.code }}>{t('lifecycle.suspensions.fromNode')}</Link></p>
          </section>
          <section aria-labelledby="node-budget-heading" className="mt-4">
            <h2 id="node-budget-heading" className="h4">{t('performance.node.budget', { year: plan.year })}</h2>
            <NodeBudget budget={current.budget} year={plan.year} />
          </section>
        </div>
      </div>
      <section aria-labelledby="node-explanation-heading" className="mt-4">
        <h2 id="node-explanation-heading" className="h4">{t('performance.explanation.title')}</h2>
        <ScoreExplanationDetails plan={plan} year={plan.year} period={scores.data.period ?? null} subject={{ kind: 'node', code: current.code }} />
      </section>
      <section aria-labelledby="node-indicators-heading" className="mt-4">
        <h2 id="node-indicators-heading" className="h4">{t('performance.node.indicators')}</h2>
        <NodeIndicators indicators={own} scores={indicatorScores} year={plan.year} decimals={decimals} />
      </section>
      <section aria-labelledby="node-children-heading" className="mt-4">
        <h2 id="node-children-heading" className="h4">{t('performance.node.children')}</h2>
        <NodeChildren children={children} scores={nodeScores} decimals={decimals} periodo={periodo} />
      </section>
      <section aria-labelledby="node-lint-heading" className="mt-4">
        <h2 id="node-lint-heading" className="h4">{t('performance.node.lint')}</h2>
        {lint.data ? <LintList findings={findingsFor(lint.data, codes)} empty={t('performance.node.lintNone')} /> : <p role="status">{t('common.loading')}</p>}
      </section>
      <section aria-labelledby="node-history-heading" className="mt-4">
        <h2 id="node-history-heading" className="h4">{t('performance.node.history')}</h2>
        <NodeHistory entityCode={plan.entityCode} node={current} />
      </section>
    </article>
  );
}

export function NodePage() {
  const { nodeCode } = useParams({ strict: false }) as { nodeCode: string };
  const { periodo } = validatePeriodSearch(useSearch({ strict: false }));
  return (
    <PerformanceGate>
      <NodeView nodeCode={nodeCode} periodo={periodo} />
    </PerformanceGate>
  );
}
