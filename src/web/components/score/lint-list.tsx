/** Lint findings of a node or indicator, errors first, each with its severity as icon and text. */
import { Icon } from 'design-react-kit';
import { useTranslation } from 'react-i18next';
import { useAppLanguage } from '../../i18n/use-app-language.js';
import type { LintFinding } from './score-queries.js';

export function LintList({ findings, empty }: { findings: LintFinding[]; empty?: string }) {
  const { t } = useTranslation();
  const { language } = useAppLanguage();
  if (findings.length === 0) {
    if (!empty) return null;
    return <p className="d-flex align-items-center gap-2"><Icon icon="it-check-circle" size="sm" color="success" aria-hidden="true" />{empty}</p>;
  }
  return (
    <ul className="list-unstyled lint-list" data-testid="lint-list">
      {findings.map((finding, i) => {
        const error = finding.severity === 'error';
        return (
          <li key={`${finding.code}-${finding.location.path}-${i}`} className="d-flex gap-2 mb-2">
            <Icon icon={error ? 'it-error' : 'it-warning-circle'} size="sm" color={error ? 'danger' : 'warning'} aria-hidden="true" className="flex-none mt-1" />
            <span>
              <strong>{t(error ? 'performance.node.lintError' : 'performance.node.lintWarning')}</strong>
              {finding.location.code ? <> · <code>{finding.location.code}</code></> : null}: {finding.message[language]}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Findings located on one of the given codes (a node and its indicators). */
export function findingsFor(findings: readonly LintFinding[], codes: ReadonlySet<string>): LintFinding[] {
  return findings.filter((finding) => finding.location.code !== undefined && codes.has(finding.location.code));
}
