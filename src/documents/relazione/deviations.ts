/**
 * Deviations (scostamenti): indicators with a score below the highest status band, with the cause and
 * the corrective action written in the notes of the measured values they used. A note may say
 * `Causa: … Azione correttiva: …` (or `Cause: … Corrective action: …`); a note without the labels is
 * the cause. What is not written is reported as "non indicata", never invented.
 */
import type { Indicator } from '../../core/plan/plan.schema.js';
import { sortedBands } from '../../core/scoring/status-band.js';
import type { ScoredIndicator } from '../../core/scoring/scored-plan.js';
import type { DocumentContext } from '../model/document-input.js';

export interface Deviation {
  indicator: Indicator;
  scored: ScoredIndicator;
  cause: string | null;
  action: string | null;
}

const ACTION_LABEL = /(?:azione correttiva|azioni correttive|corrective action)\s*:\s*/i;
const CAUSE_LABEL = /^\s*(?:causa|cause)\s*:\s*/i;

/** Splits a note into its cause and corrective action. */
export function noteParts(note: string): { cause: string | null; action: string | null } {
  const match = ACTION_LABEL.exec(note);
  const before = match ? note.slice(0, match.index) : note;
  const after = match ? note.slice(match.index + match[0].length) : '';
  const cause = before.replace(CAUSE_LABEL, '').replace(/[\s;.,-]+$/, '').trim();
  const action = after.trim();
  return { cause: cause === '' ? null : cause, action: action === '' ? null : action };
}

function joinParts(parts: Array<string | null>): string | null {
  const present = [...new Set(parts.filter((part): part is string => part !== null))];
  return present.length === 0 ? null : present.join(' / ');
}

export function deviationsOf(ctx: DocumentContext): Deviation[] {
  const bands = sortedBands(ctx.scored.interim ? ctx.policy.bands.interim : ctx.policy.bands.final);
  const top = bands[0]?.key;
  const deviations: Deviation[] = [];
  for (const indicator of ctx.plan.indicators) {
    const scored = ctx.scoredIndicators.get(indicator.code);
    if (scored === undefined || scored.rounded === null || scored.band === null || scored.band.key === top) continue;
    // Only the values of the year explain its result (earlier years' values are references).
    const parts = scored.inputs
      .filter((input) => input.year === ctx.year)
      .map((input) => input.value?.note)
      .filter((note): note is string => note !== undefined && note.trim() !== '')
      .map(noteParts);
    deviations.push({
      indicator, scored,
      cause: joinParts(parts.map((part) => part.cause)),
      action: joinParts(parts.map((part) => part.action)),
    });
  }
  return deviations;
}

