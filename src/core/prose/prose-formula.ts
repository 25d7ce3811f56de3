/**
 * Converts the Italian prose formulas of the documents into the canonical formula language:
 *   `(Numero soggetti(t)-Numero soggetti(t-1))/Numero soggetti(t-1)*100`
 *     → `([Numero soggetti] - [Numero soggetti]@t-1) / [Numero soggetti]@t-1 * 100`
 * Whatever involved a guess is returned with confidence `review` and the reasons; a text that cannot
 * be read at all gives `canonical: null`. Every canonical output parses with parseFormula.
 */
import type { FormulaAst, MeasureRef, SourceSpan } from '../formula/formula-ast.js';
import { formatFormula, parseFormula } from '../formula/formula-parser.js';
import { isMeasureCode } from '../formula/formula-lexer.js';
import { parseItalianNumber } from '../target/italian-number.js';
import { lexProse, normaliseMeasureName, type KnownMeasure, type ProseToken } from './prose-lexer.js';
import { proseReasons, type ProseReason } from './prose-reasons.js';

export interface ProseConversion {
  canonical: string | null;
  confidence: 'high' | 'review';
  reasons: ProseReason[];
  measureNames: string[];
}

export interface ProseOptions { knownMeasures?: KnownMeasure[] }

type BinaryOp = '+' | '-' | '*' | '/';
type TextToken = Extract<ProseToken, { type: 'text' }>;
interface Term { ast: FormulaAst; lastOp: '*' | '/' | null; division: boolean; lowerStart: boolean }

const ROLLUP = /^media ponderata\b/i;
const LOWER_START = /^[^\p{L}]*\p{Ll}/u;

class ProseFailure {
  constructor(readonly position: number, readonly detail: { it: string; en: string }) {}
}

function binary(op: BinaryOp, left: FormulaAst, right: FormulaAst): FormulaAst {
  return { kind: 'binary', op, left, right, span: { start: left.span.start, end: right.span.end } };
}

class ProseParser {
  readonly reasons: ProseReason[] = [];
  readonly measureNames: string[] = [];
  private index = 0;
  private readonly byName = new Map<string, KnownMeasure>();
  private readonly codes = new Set<string>();

  constructor(private readonly tokens: ProseToken[], private readonly known: KnownMeasure[]) {
    for (const measure of known) {
      this.byName.set(normaliseMeasureName(measure.name), measure);
      this.codes.add(measure.code);
    }
  }

  parseAll(): FormulaAst {
    const ast = this.expression().ast;
    const next = this.peek();
    if (next?.type === 'rparen') this.fail(next.span, { it: 'parentesi chiusa senza apertura', en: 'closing parenthesis without an opening one' });
    if (next) this.fail(next.span, { it: 'elemento inatteso dopo la formula', en: 'unexpected text after the formula' });
    if (ast.kind === 'rollup') this.note(proseReasons.rollupScale());
    return ast;
  }

  private peek(offset = 0): ProseToken | undefined {
    return this.tokens[this.index + offset];
  }

  private fail(span: SourceSpan, detail: { it: string; en: string }): never {
    throw new ProseFailure(span.start, detail);
  }

  private note(reason: ProseReason): void {
    if (!this.reasons.some((r) => r.code === reason.code && r.it === reason.it)) this.reasons.push(reason);
  }

  private isOp(token: ProseToken | undefined, ...ops: BinaryOp[]): token is Extract<ProseToken, { type: 'op' }> {
    return token?.type === 'op' && ops.includes(token.op);
  }

  private expression(): Term {
    let left = this.term();
    for (let token = this.peek(); this.isOp(token, '+', '-'); token = this.peek()) {
      this.index += 1;
      const right = this.term();
      let ast: FormulaAst;
      if (left.lastOp === '/' && left.ast.kind === 'binary' && right.lowerStart) {
        // `Proventi correnti/Oneri correnti - interventi economici`: the lower-case operand continues the denominator.
        ast = binary('/', left.ast.left, binary(token.op, left.ast.right, right.ast));
        this.note(proseReasons.denominatorContinuation(formatFormula(ast)));
      } else {
        ast = binary(token.op, left.ast, right.ast);
        if (left.division || right.division) this.note(proseReasons.mixedPrecedence(formatFormula(ast)));
      }
      left = { ast, lastOp: left.lastOp, division: left.division || right.division, lowerStart: left.lowerStart };
    }
    return left;
  }

  private term(): Term {
    const first = this.peek();
    const lowerStart = first?.type === 'text' && LOWER_START.test(first.text);
    let ast = this.factor();
    let lastOp: Term['lastOp'] = null;
    let division = false;
    for (let token = this.peek(); this.isOp(token, '*', '/'); token = this.peek()) {
      this.index += 1;
      ast = binary(token.op, ast, this.factor());
      lastOp = token.op as '*' | '/';
      division ||= token.op === '/';
    }
    return { ast, lastOp, division, lowerStart };
  }

  private factor(): FormulaAst {
    const token = this.peek();
    this.index += 1;
    if (token === undefined) {
      const last = this.tokens[this.tokens.length - 1];
      return this.fail({ start: last?.span.end ?? 0, end: last?.span.end ?? 0 }, { it: 'manca un valore alla fine', en: 'a value is missing at the end' });
    }
    if (this.isOp(token, '-')) {
      const operand = this.factor();
      return { kind: 'unary', op: '-', operand, span: { start: token.span.start, end: operand.span.end } };
    }
    if (token.type === 'lparen') return this.parenthesised(token.span);
    if (token.type === 'text') return this.operand(token);
    return this.fail(token.span, { it: 'atteso un valore o una misura', en: 'a value or a measure was expected' });
  }

  private parenthesised(open: SourceSpan): FormulaAst {
    const inner = this.expression().ast;
    const close = this.peek();
    if (close?.type !== 'rparen') this.fail(close?.span ?? open, { it: 'parentesi non chiusa', en: 'parenthesis not closed' });
    this.index += 1;
    if (this.peek()?.type === 'time') this.fail((this.peek() as ProseToken).span, { it: 'riferimento temporale dopo una parentesi', en: 'time reference after a parenthesis' });
    return inner;
  }

  /** A qualifier in parentheses after a name: `(media nazionale)`. */
  private qualifier(): TextToken | undefined {
    const [open, text, close] = [this.peek(), this.peek(1), this.peek(2)];
    if (open?.type !== 'lparen' || text?.type !== 'text' || close?.type !== 'rparen') return undefined;
    this.index += 3;
    return text;
  }

  private operand(token: TextToken): FormulaAst {
    const time = this.peek()?.type === 'time' ? (this.tokens[this.index++] as Extract<ProseToken, { type: 'time' }>) : undefined;
    const qualifier = this.qualifier();
    const after = this.peek();
    if (after?.type === 'text' || after?.type === 'time' || after?.type === 'lparen') {
      this.fail(after.span, { it: 'testo inatteso dopo il nome di una misura', en: 'unexpected text after a measure name' });
    }
    const end = (qualifier ? (this.tokens[this.index - 1] as ProseToken) : time ?? token).span.end;
    const span = { start: token.span.start, end };
    const number = parseItalianNumber(token.text);
    if (number.ok && !time && !qualifier) return { kind: 'number', value: number.value, span };
    if (ROLLUP.test(token.text) && !time && !qualifier) return { kind: 'rollup', span };
    for (const glued of token.glued) {
      this.note(glued.char === '/' ? proseReasons.slashInName(glued.text) : proseReasons.hyphenInName(glued.text));
    }
    const name = qualifier ? `${token.text} (${qualifier.text})` : token.text;
    if (qualifier) this.note(proseReasons.qualifierInName(name, qualifier.text));
    return { kind: 'measure', ref: this.measureRef(name), time: time?.time ?? { kind: 'relative', offset: 0 }, span };
  }

  /** A known measure by its code; a code the language cannot write (`DFP 1.3`) by the known name. */
  private measureRef(name: string): MeasureRef {
    if (!this.measureNames.includes(name)) this.measureNames.push(name);
    const known = this.byName.get(normaliseMeasureName(name)) ?? (this.codes.has(name) ? { code: name, name } : undefined);
    if (known !== undefined) return isMeasureCode(known.code) ? { by: 'code', key: known.code } : { by: 'name', key: known.name.replace(/\s+/g, ' ').trim() };
    if (this.known.length > 0) this.note(proseReasons.unmatchedMeasure(name));
    return { by: 'name', key: name };
  }
}

function failed(reason: ProseReason, measureNames: string[] = []): ProseConversion {
  return { canonical: null, confidence: 'review', reasons: [reason], measureNames };
}

/** Converts a prose formula; `knownMeasures` turns matching names into measure codes. */
export function convertProseFormula(prose: string, options: ProseOptions = {}): ProseConversion {
  if (prose.trim() === '') return failed(proseReasons.emptyFormula());
  const parser = new ProseParser(lexProse(prose, options.knownMeasures), options.knownMeasures ?? []);
  let ast: FormulaAst;
  try {
    ast = parser.parseAll();
  } catch (failure) {
    if (failure instanceof ProseFailure) return failed(proseReasons.notConvertible(failure.position, failure.detail), parser.measureNames);
    throw failure;
  }
  const canonical = formatFormula(ast);
  const check = parseFormula(canonical);
  if (!check.ok) {
    const error = check.errors[0];
    return failed(proseReasons.notConvertible(0, error?.message ?? { it: 'errore interno', en: 'internal error' }), parser.measureNames);
  }
  const reasons = parser.reasons;
  return { canonical, confidence: reasons.length > 0 ? 'review' : 'high', reasons, measureNames: parser.measureNames };
}
