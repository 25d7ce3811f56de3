/** The tree's view switch (table or chart), expand/collapse all, and the polite count of rows shown. */
import { Button, Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import type { ExpandedState } from '@tanstack/react-table';
import { formatNumber } from '../../i18n/format.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { countMatches, type TreeRow } from './tree-model.js';

interface TreeToolbarProps {
  view: 'tabella' | 'grafico';
  onView: (view: 'tabella' | 'grafico') => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
}

export function TreeToolbar({ view, onView, onExpandAll, onCollapseAll }: TreeToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="tree-toolbar">
      <div className="btn-group" role="group" aria-label={t('performance.tree.viewLabel')}>
        <Button color="primary" outline={view !== 'tabella'} size="sm" aria-pressed={view === 'tabella'} onClick={() => onView('tabella')} data-testid="tree-view-table">
          {t('performance.tree.viewTable')}
        </Button>
        <Button color="primary" outline={view !== 'grafico'} size="sm" aria-pressed={view === 'grafico'} onClick={() => onView('grafico')} data-testid="tree-view-chart">
          {t('performance.tree.viewChart')}
        </Button>
      </div>
      {view === 'tabella' ? (
        <div className="d-flex gap-2">
          <Button color="primary" outline size="sm" onClick={onExpandAll} data-testid="tree-expand-all">{t('performance.tree.expandAll')}</Button>
          <Button color="primary" outline size="sm" onClick={onCollapseAll} data-testid="tree-collapse-all">{t('performance.tree.collapseAll')}</Button>
        </div>
      ) : null}
    </div>
  );
}

function countVisible(rows: readonly TreeRow[], expanded: ExpandedState): number {
  return rows.reduce((sum, row) => sum + 1 + (expanded === true || expanded[row.code] ? countVisible(row.children, expanded) : 0), 0);
}

interface TreeSummaryProps {
  rows: readonly TreeRow[];
  expanded: ExpandedState;
  total: number;
  filtering: boolean;
  /** Count the rows shown (table view); the chart shows every matching node. */
  counting: boolean;
  onClear: () => void;
}

export function TreeSummary({ rows, expanded, total, filtering, counting, onClear }: TreeSummaryProps) {
  const { t } = useTranslation();
  const { locale } = useAppLanguage();
  if (total === 0) {
    return (
      <Callout color="note" data-testid="tree-empty">
        <CalloutTitle>{t('performance.tree.emptyTitle')}</CalloutTitle>
        <CalloutText>{t('performance.tree.emptyBody')}</CalloutText>
      </Callout>
    );
  }
  if (rows.length === 0) {
    return (
      <Callout color="note" data-testid="tree-no-matches">
        <CalloutTitle>{t('performance.tree.noMatchesTitle')}</CalloutTitle>
        <CalloutText>{t('performance.tree.noMatchesBody')}</CalloutText>
        <Button color="primary" size="sm" onClick={onClear}>{t('performance.tree.filters.clear')}</Button>
      </Callout>
    );
  }
  if (!counting) return null;
  const shown = formatNumber(countVisible(rows, expanded), { locale });
  const all = formatNumber(total, { locale });
  return (
    <p className="small" role="status" data-testid="tree-summary">
      {filtering
        ? t('performance.tree.rowsShown', { shown, matches: formatNumber(countMatches(rows), { locale }), total: all })
        : t('performance.tree.rowsShownAll', { shown, total: all })}
    </p>
  );
}
