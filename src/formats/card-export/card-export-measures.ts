/**
 * Measures of the objective cards: the application gives each a code (`Med_Conc`, `BilCons_IE`),
 * or prints the placeholder `[codice]` when the code was never filled in. Coded measures keep their
 * code (made formula-safe when needed); placeholders get a generated code, one per distinct name, so
 * the same measure used by two indicators stays one measure.
 */
import { parseFormula, referencedMeasures } from '../../core/formula/formula-parser.js';
import { formatFormula } from '../../core/formula/formula-format.js';
import type { Measure } from '../../core/plan/plan.schema.js';
import type { IssueCollector } from '../tree-export/import-warning.js';
import type { FormulaCell, FormulaTerm } from './card-export-cells.js';
import { codeSanitized, formulaInvalid, placeholderCode } from './card-export-warnings.js';

const FORMULA_CODE = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function nameKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

export class CardMeasures {
  private readonly byCode = new Map<string, Measure>();
  private readonly byName = new Map<string, string>();
  private readonly sanitized = new Map<string, string>();
  private generated = 0;

  constructor(private readonly issues: IssueCollector) {}

  /** The formula code of a term's measure, registering the measure on first sight. */
  codeOf(term: FormulaTerm, source: string | undefined, line: number): string {
    const name = term.name === '' ? (term.code ?? 'misura') : term.name;
    if (term.code !== null) return this.register(this.safeCode(term.code, line), name, term.description, source);
    const known = this.byName.get(nameKey(name));
    if (known !== undefined) return known;
    const code = this.nextCode();
    this.issues.warn('measure_code_placeholder', { line }, placeholderCode('measure', name, code));
    return this.register(code, name, term.description, source);
  }

  /** A measure named by the prose-formula importer: found by name, or created with a generated code. */
  codeOfName(name: string, source?: string): string {
    return this.byName.get(nameKey(name)) ?? this.register(this.nextCode(), name, undefined, source);
  }

  /** Known measures, for the prose-formula importer. */
  known(): Array<{ code: string; name: string }> {
    return [...this.byCode.values()].map(({ code, name }) => ({ code, name }));
  }

  /** The measures a set of formulas refers to, in registration order. */
  measuresUsedBy(formulas: readonly string[]): Measure[] {
    const used = new Set<string>();
    for (const formula of formulas) {
      const parsed = parseFormula(formula);
      if (!parsed.ok) continue;
      for (const { ref } of referencedMeasures(parsed.value)) used.add(ref.by === 'code' ? ref.key : `[${ref.key}]`);
    }
    return [...this.byCode.values()].filter((measure) => used.has(measure.code) || used.has(`[${measure.name}]`));
  }

  /** Canonical formula of a coded formula cell, or null (with a warning) when it does not parse. */
  canonical(cell: FormulaCell, line: number, path: string): string | null {
    const text = cell.tokens.map((token) => (token.kind === 'op' ? token.op : this.codeOf(token.term, cell.source, line))).join(' ');
    const parsed = parseFormula(text.replace(/\( /g, '(').replace(/ \)/g, ')'));
    if (parsed.ok) return formatFormula(parsed.value);
    const error = parsed.errors[0];
    this.issues.warn('formula_invalid', { line, column: 2, path }, formulaInvalid(cell.text, error?.message ?? { it: 'errore', en: 'error' }));
    return null;
  }

  /** The first sighting gives the name; a later one may add the description or source it lacked. */
  private register(code: string, name: string, description: string | undefined, source: string | undefined): string {
    const measure = this.byCode.get(code) ?? { code, name: name.slice(0, 500), unit: 'number' };
    if (measure.description === undefined && description !== undefined) measure.description = description;
    if (measure.source === undefined && source !== undefined) measure.source = source.slice(0, 500);
    this.byCode.set(code, measure);
    if (!this.byName.has(nameKey(name))) this.byName.set(nameKey(name), code);
    return code;
  }

  private safeCode(code: string, line: number): string {
    if (FORMULA_CODE.test(code)) return code;
    const known = this.sanitized.get(code);
    if (known !== undefined) return known;
    const safe = code.replace(/[^A-Za-z0-9_.]/g, '_').replace(/^(?=[0-9.])/, '_');
    this.sanitized.set(code, safe);
    this.issues.warn('measure_code_sanitized', { line }, codeSanitized(code, safe));
    return safe;
  }

  private nextCode(): string {
    let code: string;
    do {
      this.generated += 1;
      code = `M${String(this.generated).padStart(3, '0')}`;
    } while (this.byCode.has(code));
    return code;
  }
}
