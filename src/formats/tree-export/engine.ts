/** The readers' engine: the core's prose-formula importer and target language. */
import { convertProseFormula } from '../../core/prose/prose-formula.js';
import { parseTarget, parseYearTargets } from '../../core/target/target-parser.js';
import type { ConversionReason, ReaderEngine, YearTargetsReading } from './engine-adapter.js';

const YEAR_LABEL = /\banno\s*:?\s*\d{4}/i;

function reasonsOf(errors: ReadonlyArray<{ code: string; message: { it: string; en: string } }>): ConversionReason[] {
  return errors.map((error) => ({ code: error.code, it: error.message.it, en: error.message.en }));
}

function splitYearTargets(text: string): YearTargetsReading {
  if (!YEAR_LABEL.test(text)) return { targets: [{ year: null, text: text.trim() }], problems: [] };
  const result = parseYearTargets(text);
  if (!result.ok) return { targets: [], problems: reasonsOf(result.errors) };
  return { targets: Object.entries(result.targets).map(([year, target]) => ({ year: Number(year), text: target })), problems: [] };
}

export const engine: ReaderEngine = {
  convertProse: (prose, knownMeasures) => convertProseFormula(prose, { knownMeasures: knownMeasures.map((measure) => ({ ...measure })) }),
  splitYearTargets,
  checkTarget: (text, context) => {
    const result = parseTarget(text, context);
    return result.ok ? reasonsOf(result.warnings) : reasonsOf(result.errors);
  },
};
