/**
 * A problem found in a plan by validation or lint: a stable code, a severity, where it is (the kind
 * and code of the item and the field path, e.g. `indicators[3].targets.2026`) and a bilingual message.
 */
export type IssueSeverity = 'error' | 'warning';

export type IssueLocationKind =
  | 'plan' | 'level' | 'org_unit' | 'node' | 'indicator' | 'measure' | 'period' | 'value'
  | 'suspension' | 'manual_achievement' | 'card';

export interface IssueLocation {
  kind: IssueLocationKind;
  code?: string;
  /** Field path in the plan document, e.g. `nodes[3].weight` or `indicators[3].targets.2026`. */
  path: string;
}

export interface BilingualMessage { it: string; en: string }

export interface PlanIssue {
  code: string;
  severity: IssueSeverity;
  location: IssueLocation;
  message: BilingualMessage;
}

export function buildIssue(
  code: string,
  severity: IssueSeverity,
  location: IssueLocation,
  message: BilingualMessage,
): PlanIssue {
  return { code, severity, location, message };
}

/** Builds a field path from segments: `['indicators', 3, 'targets', '2026']` → `indicators[3].targets.2026`. */
export function issuePath(...segments: (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? segment : `.${segment}`;
  }
  return path;
}

/** Splits a field path back into segments (the inverse of issuePath). */
export function parseIssuePath(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

export function hasErrors(issues: readonly PlanIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

const severityRank: Record<IssueSeverity, number> = { error: 0, warning: 1 };

/** Errors first, then by path in document order. */
export function sortIssues(issues: readonly PlanIssue[]): PlanIssue[] {
  return [...issues].sort((a, b) =>
    severityRank[a.severity] - severityRank[b.severity] || comparePaths(a.location.path, b.location.path));
}

const sectionOrder = ['format', 'entity', 'plan', 'orgUnits', 'nodes', 'indicators', 'measures', 'periods', 'values', 'suspensions', 'manualAchievements', 'cards'];

function comparePaths(a: string, b: string): number {
  const x = parseIssuePath(a);
  const y = parseIssuePath(b);
  const sections = sectionOrder.indexOf(String(x[0])) - sectionOrder.indexOf(String(y[0]));
  if (sections !== 0) return sections;
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const l = x[i] as string | number;
    const r = y[i] as string | number;
    if (l === r) continue;
    if (typeof l === 'number' && typeof r === 'number') return l - r;
    return String(l) < String(r) ? -1 : 1;
  }
  return x.length - y.length;
}
