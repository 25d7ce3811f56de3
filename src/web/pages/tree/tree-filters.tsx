/**
 * The tree's filters: level, org unit, status and a text search. Options list only what the plan
 * has. Changes apply at once (the search waits for a short pause in typing).
 */
import { useEffect, useState } from 'react';
import { Button } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { naturalCodeCompare } from '../../../core/plan/plan-index.js';
import { LabelledSelect, type SelectOption } from '../../components/score/labelled-select.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import type { NodeScore } from '../../components/score/score-queries.js';
import { levelLabel, LEVEL_KEYS } from './level-label.js';
import { hasActiveFilters, statusKeyOf, type TreeFilters, type TreeNodeInput } from './tree-model.js';

const ANY = '';

interface TreeFiltersProps {
  nodes: readonly TreeNodeInput[];
  scores: readonly NodeScore[];
  unitName: (code: string) => string | undefined;
  filters: TreeFilters;
  onChange: (filters: TreeFilters) => void;
}

function useStatusOptions(nodes: readonly TreeNodeInput[], scores: readonly NodeScore[]): SelectOption[] {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const byCode = new Map(scores.map((score) => [score.code, score]));
  const options = new Map<string, string>();
  for (const node of nodes) {
    const score = byCode.get(node.code) ?? null;
    const key = statusKeyOf(score);
    if (options.has(key)) continue;
    options.set(key, score?.band ? score.band.label[language] : score ? t(`performance.states.${score.state}`) : t('performance.tree.filters.noScore'));
  }
  return [...options].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, language));
}

export function TreeFiltersForm({ nodes, scores, unitName, filters, onChange }: TreeFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.text ?? '');
  useEffect(() => setText(filters.text ?? ''), [filters.text]);
  useEffect(() => {
    if (text === (filters.text ?? '')) return undefined;
    const timer = window.setTimeout(() => onChange({ ...filters, text: text || undefined }), 250);
    return () => window.clearTimeout(timer);
  }, [text, filters, onChange]);

  const levels = LEVEL_KEYS.filter((level) => nodes.some((node) => node.level === level));
  const units = [...new Set(nodes.flatMap((node) => [...node.units.responsible, ...node.units.involved]))].sort(naturalCodeCompare);
  const statuses = useStatusOptions(nodes, scores);
  const any = { value: ANY, label: t('performance.tree.filters.any') };
  const set = (key: keyof TreeFilters) => (value: string) => onChange({ ...filters, [key]: value || undefined });

  return (
    <form className="tree-filters" role="search" aria-label={t('performance.tree.filters.legend')} onSubmit={(event) => event.preventDefault()}>
      <div className="form-group tree-filter-text">
        <label htmlFor="tree-filter-text" className="active">{t('performance.tree.filters.text')}</label>
        <input id="tree-filter-text" type="search" className="form-control" value={text} onChange={(event) => setText(event.target.value)} data-testid="tree-filter-text" />
      </div>
      <LabelledSelect id="tree-filter-level" label={t('performance.tree.filters.level')} value={filters.level ?? ANY} onChange={set('level')} testId="tree-filter-level"
        options={[any, ...levels.map((level) => ({ value: level, label: levelLabel(t, level, 'tree') }))]} />
      <LabelledSelect id="tree-filter-unit" label={t('performance.tree.filters.unit')} value={filters.unit ?? ANY} onChange={set('unit')} testId="tree-filter-unit"
        options={[any, ...units.map((code) => ({ value: code, label: unitName(code) ? `${code} – ${unitName(code)}` : code }))]} />
      <LabelledSelect id="tree-filter-status" label={t('performance.tree.filters.status')} value={filters.status ?? ANY} onChange={set('status')} testId="tree-filter-status"
        options={[any, ...statuses]} />
      {hasActiveFilters(filters) ? (
        <Button color="primary" outline size="sm" className="align-self-end mb-3" onClick={() => { setText(''); onChange({}); }}>
          {t('performance.tree.filters.clear')}
        </Button>
      ) : null}
    </form>
  );
}
