/**
 * Which indicators use which measure: a formula refers to a measure by code (RI_PRAT) or by name
 * ([Numero pratiche]); both count. Formulas that do not parse use nothing (lint reports them).
 */
import { parseFormula, referencedMeasures } from '../formula/formula-parser.js';

export interface MeasureUse {
  indicator: string;
  /** How the formula names the measure; a rename breaks the `name` uses. */
  by: 'code' | 'name';
}

interface MeasureKey { code: string; name: string }
interface FormulaOwner { code: string; formula?: string | undefined }

/** The measure references of every indicator whose formula parses, keyed by indicator code. */
function referencesOf(indicators: readonly FormulaOwner[]): Map<string, Array<{ by: 'code' | 'name'; key: string }>> {
  const out = new Map<string, Array<{ by: 'code' | 'name'; key: string }>>();
  for (const indicator of indicators) {
    if (!indicator.formula) continue;
    const parsed = parseFormula(indicator.formula);
    if (parsed.ok) out.set(indicator.code, referencedMeasures(parsed.value).map(({ ref }) => ref));
  }
  return out;
}

/** For every measure code, the indicators using it (each once, by code when it is named both ways). */
export function buildMeasureUsage(measures: readonly MeasureKey[], indicators: readonly FormulaOwner[]): Map<string, MeasureUse[]> {
  const byCode = new Map(measures.map((m) => [m.code, m.code]));
  const byName = new Map<string, string>();
  for (const m of measures) if (!byName.has(m.name)) byName.set(m.name, m.code);
  const usage = new Map<string, MeasureUse[]>(measures.map((m) => [m.code, []]));
  for (const [indicator, refs] of referencesOf(indicators)) {
    const found = new Map<string, 'code' | 'name'>();
    for (const ref of refs) {
      const measure = ref.by === 'code' ? byCode.get(ref.key) : byName.get(ref.key);
      if (measure !== undefined && found.get(measure) !== 'code') found.set(measure, ref.by);
    }
    for (const [measure, by] of found) usage.get(measure)!.push({ indicator, by });
  }
  return usage;
}
