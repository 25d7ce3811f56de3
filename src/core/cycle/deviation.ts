/**
 * Deviations (scostamenti): an indicator below its target at the year's close, or at risk / critical at
 * a monitoring period, needs an explanation: the class of its cause (endogenous: the body's own
 * doing; exogenous: outside the body's control; indicator definition: the indicator or target was
 * ill-defined), what happened, the corrective action and who owns it.
 */
import type { ScoredIndicator } from '../scoring/scored-plan.js';
import { interimStatusOf, isAssessable, type InterimStatus, type InterimThresholds } from './interim-status.js';
import type { Messages } from './transition.js';

export const DEVIATION_CAUSES = ['endogenous', 'exogenous', 'indicator_definition'] as const;
export type DeviationCause = (typeof DEVIATION_CAUSES)[number];

export const DEVIATION_CAUSE_LABELS: Readonly<Record<DeviationCause, Messages>> = {
  endogenous: { it: 'Endogena (interna all’ente)', en: 'Endogenous (within the body)' },
  exogenous: { it: 'Esogena (esterna all’ente)', en: 'Exogenous (outside the body)' },
  indicator_definition: { it: "Definizione dell'indicatore o del target", en: 'Definition of the indicator or target' },
};

export interface DeviationNeed {
  required: boolean;
  /** Interim status of the indicator (for the year's close: in linea when the target is met). */
  status: InterimStatus | null;
  /** The indicator's achievement (the policy's published output), unrounded. */
  achievement: number | null;
}

/**
 * Whether an indicator needs a deviation explanation at the scored period: during the year when it is
 * at risk or critical, at the close when its achievement is below 100.
 */
export function deviationNeedOf(indicator: Pick<ScoredIndicator, 'state' | 'score'>, interim: boolean, thresholds: InterimThresholds): DeviationNeed {
  if (!isAssessable(indicator.state) || indicator.score === null) return { required: false, status: null, achievement: null };
  const achievement = indicator.score;
  const status = interimStatusOf(achievement, thresholds);
  const required = interim ? status !== 'in_linea' : achievement < 100;
  return { required, status, achievement };
}
