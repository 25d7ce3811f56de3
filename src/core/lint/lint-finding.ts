/**
 * A lint finding has the shape of a validation issue (code, severity, location, bilingual message);
 * a check family is a function from the prepared plan to findings.
 */
import type { PlanIssue } from '../plan/plan-issue.js';
import type { LintContext } from './lint-context.js';

export type LintFinding = PlanIssue;

export type LintCheck = (context: LintContext) => LintFinding[];
