/** Per-year targets as the documents write them in one cell: `Anno: 2021 >= +15% Anno: 2022 ---`. */
import type { TargetError } from './target-ast.js';
import { targetErrors } from './target-errors.js';

const YEAR_LABEL = /Anno\s*:\s*(\d{4})/giu;

/** Splits the cell into year → target text (each to be read with parseTarget); errors are positioned. */
export function parseYearTargets(text: string): { ok: true; targets: Record<string, string> } | { ok: false; errors: TargetError[] } {
  const labels = [...text.matchAll(YEAR_LABEL)];
  const first = labels[0];
  if (first === undefined) return { ok: false, errors: [targetErrors.missingYearLabel({ start: 0, end: text.length })] };
  const errors: TargetError[] = [];
  const leading = text.slice(0, first.index);
  if (leading.trim() !== '') {
    const start = leading.length - leading.trimStart().length;
    errors.push(targetErrors.textBeforeYear({ start, end: leading.trimEnd().length }));
  }
  const targets: Record<string, string> = {};
  labels.forEach((label, i) => {
    const year = label[1] as string;
    const start = label.index + label[0].length;
    const end = labels[i + 1]?.index ?? text.length;
    if (year in targets) errors.push(targetErrors.duplicateYear({ start: label.index, end: start }, year));
    else targets[year] = text.slice(start, end).trim();
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, targets };
}
