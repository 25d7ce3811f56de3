/**
 * One item's result — the published achievement with its status badge — and, apart, "how it is
 * computed", which loads the explanation only when opened.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AchievementValue } from './achievement-value.js';
import { ScoreExplanationView } from './score-explanation.js';
import { scoreExplanationQueryOptions, type PeriodChoice, type PlanRef, type ScoreItem } from './score-queries.js';
import { StatusBadge } from './status-badge.js';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { problemMessage } from '../problem-alert.js';

export function ScoreResult({ score, decimals }: { score: ScoreItem | null; decimals: number }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  if (!score) return <p>{t('performance.score.none')}</p>;
  return (
    <div className="score-result" data-testid="score-result">
      <p className="d-flex flex-wrap align-items-center gap-3 mb-2">
        <span className="h4 mb-0"><AchievementValue rounded={score.rounded} decimals={decimals} /></span>
        <StatusBadge band={score.band} state={score.state} />
      </p>
      {score.exclusionReason ? <p className="small">{score.exclusionReason[language]}</p> : null}
    </div>
  );
}

interface ScoreExplanationDetailsProps {
  plan: PlanRef;
  year: number;
  period: PeriodChoice;
  subject: { kind: 'node' | 'indicator'; code: string };
}

export function ScoreExplanationDetails({ plan, year, period, subject }: ScoreExplanationDetailsProps) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  const [open, setOpen] = useState(false);
  const explanation = useQuery({ ...scoreExplanationQueryOptions(plan, year, period, subject), enabled: open });
  return (
    <details onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
      <summary data-testid="score-explanation-toggle">{t('performance.explanation.show')}</summary>
      {explanation.data ? <ScoreExplanationView explanation={explanation.data} /> : null}
      {explanation.isPending && open ? <p role="status">{t('common.loading')}</p> : null}
      {explanation.isError ? <p role="alert">{problemMessage(explanation.error, language)}</p> : null}
    </details>
  );
}
