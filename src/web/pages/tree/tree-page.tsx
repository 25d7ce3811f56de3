/**
 * Albero della performance: the plan's tree with the scores of the chosen period, as a virtualised
 * expandable table or as a sunburst chart, with filters kept in the address (shareable, back button).
 */
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { functionalUpdate, type ExpandedState, type Updater } from '@tanstack/react-table';
import { useDocumentTitle } from '../../components/use-document-title.js';
import { PeriodSelect } from '../../components/score/period-select.js';
import { LoadFailure, PerformanceGate, usePlanRef } from '../../components/score/workspace-plan.js';
import { TreeFiltersForm } from './tree-filters.js';
import { buildTreeRows, hasActiveFilters, type TreeFilters } from './tree-model.js';
import { TreeSummary, TreeToolbar } from './tree-toolbar.js';
import { TreeTable } from './tree-table.js';
import { periodChoiceOf, validateTreeSearch, type TreeSearch } from './tree-search.js';
import { useTreeData } from './use-tree-data.js';
import './tree.css';

const TreeSunburst = lazy(() => import('./tree-sunburst.js').then((module) => ({ default: module.TreeSunburst })));

function filtersOf(search: TreeSearch): TreeFilters {
  return { level: search.livello, unit: search.unita, status: search.stato, text: search.testo };
}

function searchOf(filters: TreeFilters): Partial<TreeSearch> {
  return { livello: filters.level, unita: filters.unit, stato: filters.status, testo: filters.text };
}

function TreeView({ search }: { search: TreeSearch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlanRef();
  const data = useTreeData(plan, periodChoiceOf(search.periodo));
  const filters = useMemo(() => filtersOf(search), [search]);
  const filterKey = JSON.stringify(filters);
  const rows = useMemo(() => (data.ready ? buildTreeRows(data.nodes, data.scores.nodes, filters) : []), [data, filters]);
  const [expansion, setExpansion] = useState<{ key: string; expanded: ExpandedState } | null>(null);
  const defaultExpanded: ExpandedState = hasActiveFilters(filters) ? true : Object.fromEntries(rows.map((row) => [row.code, true]));
  const expanded = expansion?.key === filterKey ? expansion.expanded : defaultExpanded;
  const onExpandedChange = (updater: Updater<ExpandedState>) => setExpansion({ key: filterKey, expanded: functionalUpdate(updater, expanded) });
  const setSearch = useCallback((next: Partial<TreeSearch>) => {
    void navigate({ to: '/albero', search: (previous) => validateTreeSearch({ ...previous, ...next }), replace: true });
  }, [navigate]);
  const onFilters = useCallback((next: TreeFilters) => setSearch(searchOf(next)), [setSearch]);

  if (!data.ready) return data.failure ? <LoadFailure error={data.failure} onRetry={data.retry} /> : <p role="status">{t('performance.tree.loading')}</p>;
  const view = search.vista ?? 'tabella';
  return (
    <>
      <div className="tree-controls">
        <PeriodSelect scores={data.scores} onChange={(periodo) => setSearch({ periodo })} />
        <TreeToolbar view={view} onView={(vista) => setSearch({ vista })} onExpandAll={() => onExpandedChange(true)} onCollapseAll={() => onExpandedChange({})} />
      </div>
      <TreeFiltersForm nodes={data.nodes} scores={data.scores.nodes} unitName={data.unitName} filters={filters} onChange={onFilters} />
      <TreeSummary rows={rows} expanded={expanded} total={data.nodes.length} filtering={hasActiveFilters(filters)} counting={view === 'tabella'} onClear={() => onFilters({})} />
      {rows.length === 0 ? null : view === 'grafico' ? (
        <Suspense fallback={<p role="status">{t('performance.tree.chart.loading')}</p>}>
          <TreeSunburst rows={rows} decimals={data.scores.policy.rounding.decimals} onOpen={(nodeCode) => void navigate({ to: '/obiettivi/$nodeCode', params: { nodeCode } })} />
        </Suspense>
      ) : (
        <TreeTable rows={rows} expanded={expanded} onExpandedChange={onExpandedChange} decimals={data.scores.policy.rounding.decimals} unitName={data.unitName} />
      )}
    </>
  );
}

export function TreePage() {
  const { t } = useTranslation();
  const search = validateTreeSearch(useSearch({ strict: false }));
  useDocumentTitle(t('performance.tree.title'));
  return (
    <>
      <h1>{t('performance.tree.title')}</h1>
      <p className="lead">{t('performance.tree.intro')}</p>
      <PerformanceGate>
        <TreeView search={search} />
      </PerformanceGate>
    </>
  );
}
