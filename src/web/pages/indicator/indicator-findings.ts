/** Lint findings of one indicator, grouped by the editor field they concern (from the finding's path). */
import type { LintFinding } from '../../components/score/score-queries.js';

export type FindingField = 'formula' | 'weight' | 'scoringRule' | `targets.${string}` | 'other';

export function findingField(path: string): FindingField {
  const match = /^indicators\[\d+\]\.(formula|weight|scoringRule|targets\.\d{4}|targets)/.exec(path);
  if (!match) return 'other';
  const field = match[1]!;
  return field === 'targets' ? 'other' : (field as FindingField);
}

export function groupFindings(findings: readonly LintFinding[], indicatorCode: string): Map<FindingField, LintFinding[]> {
  const groups = new Map<FindingField, LintFinding[]>();
  for (const finding of findings) {
    if (finding.location.code !== indicatorCode) continue;
    const field = findingField(finding.location.path);
    groups.set(field, [...(groups.get(field) ?? []), finding]);
  }
  return groups;
}
