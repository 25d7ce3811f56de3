/**
 * The import report on screen: what the file holds (counts), how it differs from the plan it would
 * replace, and the errors and warnings with their location (line, or sheet/row/column) and message in
 * the current language. Long lists show their first rows.
 */
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import { formatNumber } from '../../i18n/format.js';
import type { ImportReport, ReportIssue } from './import-api.js';

const LEVEL_KEYS = ['strategic_area', 'strategic_objective', 'program', 'operational_objective', 'action'] as const;
const COUNT_KEYS = ['indicators', 'measures', 'orgUnits', 'cards', 'periods', 'values'] as const;
const DIFF_KINDS = ['orgUnits', 'nodes', 'indicators', 'measures', 'periods', 'values', 'suspensions', 'manualAchievements', 'cards'] as const;
const SHOWN = 200;

export function ReportCounts({ counts }: { counts: NonNullable<ImportReport['counts']> }) {
  const { t } = useTranslation();
  const rows: [string, number][] = [
    ...LEVEL_KEYS.filter((key) => counts.byLevel[key] !== undefined).map((key): [string, number] => [t(`imports.report.counts.levels.${key}`), counts.byLevel[key]!]),
    ...COUNT_KEYS.map((key): [string, number] => [t(`imports.report.counts.${key}`), counts[key]]),
  ];
  return (
    <table className="table table-sm import-counts" data-testid="import-counts">
      <caption>{t('imports.report.counts.caption')}</caption>
      <thead><tr><th scope="col">{t('imports.report.counts.item')}</th><th scope="col" className="text-end">{t('imports.report.counts.count')}</th></tr></thead>
      <tbody>
        {rows.map(([label, n]) => <tr key={label}><th scope="row">{label}</th><td className="text-end">{formatNumber(n)}</td></tr>)}
      </tbody>
    </table>
  );
}

function codesCell(codes: string[] | undefined) {
  if (!codes || codes.length === 0) return <td>—</td>;
  const shown = codes.slice(0, 12).join(', ');
  return <td><span className="fw-semibold">{codes.length}</span>{`: ${shown}${codes.length > 12 ? '…' : ''}`}</td>;
}

export function ReportDiff({ diff }: { diff: NonNullable<ImportReport['diff']> }) {
  const { t } = useTranslation();
  const kinds = DIFF_KINDS.filter((kind) => (diff.added[kind]?.length ?? 0) + (diff.changed[kind]?.length ?? 0) + (diff.removed[kind]?.length ?? 0) > 0);
  return (
    <section aria-labelledby="import-diff-heading" className="mt-4">
      <h3 id="import-diff-heading" className="h5">{t('imports.report.diff.heading')}</h3>
      {diff.headerChanged ? <p>{t('imports.report.diff.header')}</p> : null}
      {kinds.length === 0 ? <p data-testid="import-diff-none">{t('imports.report.diff.none')}</p> : (
        <table className="table table-sm" data-testid="import-diff">
          <caption>{t('imports.report.diff.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.report.diff.kind')}</th><th scope="col">{t('imports.report.diff.added')}</th>
              <th scope="col">{t('imports.report.diff.changed')}</th><th scope="col">{t('imports.report.diff.removed')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((kind) => (
              <tr key={kind}>
                <th scope="row">{t(`imports.report.diff.kinds.${kind}`)}</th>
                {codesCell(diff.added[kind])}{codesCell(diff.changed[kind])}{codesCell(diff.removed[kind])}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function IssueTable({ id, title, issues }: { id: string; title: string; issues: ReportIssue[] }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  if (issues.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-4">
      <h3 id={`${id}-heading`} className="h5">{title}</h3>
      <div className="table-responsive">
        <table className="table table-sm import-issues" data-testid={id}>
          <caption>{t('imports.report.issues.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.report.issues.severity')}</th><th scope="col">{t('imports.report.issues.where')}</th>
              <th scope="col">{t('imports.report.issues.message')}</th><th scope="col">{t('imports.report.issues.code')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.slice(0, SHOWN).map((issue, i) => (
              <tr key={`${issue.code}-${i}`}>
                <td>{issue.severity === 'error' ? `✘ ${t('imports.report.issues.error')}` : `! ${t('imports.report.issues.warning')}`}</td>
                <td>{issue.where[language] || t('imports.report.issues.whole')}</td>
                <td>{issue.message[language]}</td>
                <td><code>{issue.code}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {issues.length > SHOWN ? <p>{t('imports.report.issues.more', { shown: SHOWN, count: issues.length })}</p> : null}
    </section>
  );
}
