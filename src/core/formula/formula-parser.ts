/**
 * The parser of the canonical formula language (grammar in docs/formats/formula.md):
 *
 *   expression := term (('+' | '-') term)*
 *   term       := unary (('*' | '/') unary)*
 *   unary      := '-' unary | primary
 *   primary    := number | measure time? | parameter | '(' expression ')' | function '(' arguments ')'
 *
 * Hand-written recursive descent over the tokens of formula-lexer.ts; it stops at the first error,
 * which carries its position and a bilingual message.
 */
import type { FormulaAst, FormulaError, MeasureRef, ParseResult, SourceSpan, TimeRef } from './formula-ast.js';
import { formulaErrors } from './formula-errors.js';
import { lexFormula, type Token } from './formula-lexer.js';

export { formatFormula } from './formula-format.js';

const FUNCTIONS = new Set(['sum', 'avg', 'min', 'max']);
type CallFn = Extract<FormulaAst, { kind: 'call' }>['fn'];

/** Thrown inside the parser only, to unwind to parseFormula with the first error. */
class ParseFailure {
  constructor(readonly error: FormulaError) {}
}

function spanOf(from: SourceSpan, to: SourceSpan): SourceSpan {
  return { start: from.start, end: to.end };
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parseAll(): FormulaAst {
    const ast = this.expression();
    const next = this.peek();
    if (next.type === 'eof') return ast;
    if (next.type === 'rparen') this.fail(formulaErrors.unmatchedClosingParenthesis(next.span));
    this.failUnexpected(next);
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token;
  }

  private advance(): Token {
    const token = this.peek();
    if (token.type !== 'eof') this.index += 1;
    return token;
  }

  private fail(error: FormulaError): never {
    throw new ParseFailure(error);
  }

  /** An unexpected token after a complete operand; `3,5` gets the hint about the decimal point. */
  private failUnexpected(token: Token): never {
    const before = this.tokens[this.index - 1];
    const after = this.peek(1);
    if (token.type === 'comma' && before?.type === 'number' && after.type === 'number') {
      this.fail(formulaErrors.invalidNumber(spanOf(before.span, after.span), `${before.text},${after.text}`));
    }
    if (token.type === 'time') this.fail(formulaErrors.timeOnNonMeasure(token.span));
    this.fail(formulaErrors.unexpectedToken(token.span, token.text));
  }

  private expression(): FormulaAst {
    let left = this.term();
    for (let token = this.peek(); token.type === 'op' && (token.op === '+' || token.op === '-'); token = this.peek()) {
      this.advance();
      const right = this.term();
      left = { kind: 'binary', op: token.op, left, right, span: spanOf(left.span, right.span) };
    }
    return left;
  }

  private term(): FormulaAst {
    let left = this.unary();
    for (let token = this.peek(); token.type === 'op' && (token.op === '*' || token.op === '/'); token = this.peek()) {
      this.advance();
      const right = this.unary();
      left = { kind: 'binary', op: token.op, left, right, span: spanOf(left.span, right.span) };
    }
    return left;
  }

  private unary(): FormulaAst {
    const token = this.peek();
    if (token.type === 'op' && token.op === '-') {
      this.advance();
      const operand = this.unary();
      return { kind: 'unary', op: '-', operand, span: spanOf(token.span, operand.span) };
    }
    return this.primary();
  }

  private primary(): FormulaAst {
    const token = this.advance();
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: token.value, span: token.span };
      case 'param':
        return { kind: 'parameter', name: token.name, span: token.span };
      case 'name':
        return this.measure({ by: 'name', key: token.text }, token.span);
      case 'code':
        if (this.peek().type === 'lparen') return this.call(token);
        return this.measure({ by: 'code', key: token.text }, token.span);
      case 'lparen':
        return this.parenthesised(token);
      case 'eof':
        return this.fail(formulaErrors.unexpectedEnd(token.span));
      case 'time':
        return this.fail(formulaErrors.timeOnNonMeasure(token.span));
      default:
        return this.fail(formulaErrors.expectedOperand(token.span, token.text));
    }
  }

  private measure(ref: MeasureRef, span: SourceSpan): FormulaAst {
    const next = this.peek();
    let time: TimeRef = { kind: 'relative', offset: 0 };
    let end = span;
    if (next.type === 'time') {
      this.advance();
      time = next.time;
      end = next.span;
    }
    return { kind: 'measure', ref, time, span: spanOf(span, end) };
  }

  private parenthesised(open: Token): FormulaAst {
    const inner = this.expression();
    const close = this.peek();
    if (close.type === 'rparen') {
      this.advance();
      return inner;
    }
    if (close.type === 'eof') this.fail(formulaErrors.missingClosingParenthesis(close.span, open.span.start));
    return this.failUnexpected(close);
  }

  private call(name: Token): FormulaAst {
    const fn = name.text.toLowerCase();
    const open = this.advance();
    if (fn === 'rollup') {
      const close = this.advance();
      if (close.type !== 'rparen') this.fail(formulaErrors.rollupTakesNoArguments(spanOf(name.span, close.span)));
      return { kind: 'rollup', span: spanOf(name.span, close.span) };
    }
    if (!FUNCTIONS.has(fn)) this.fail(formulaErrors.unknownFunction(name.span, name.text));
    if (this.peek().type === 'rparen') this.fail(formulaErrors.missingArguments(name.span, fn));
    const args = [this.expression()];
    while (this.peek().type === 'comma') {
      this.advance();
      args.push(this.expression());
    }
    const close = this.peek();
    if (close.type === 'eof') this.fail(formulaErrors.missingClosingParenthesis(close.span, open.span.start));
    if (close.type !== 'rparen') this.failUnexpected(close);
    this.advance();
    return { kind: 'call', fn: fn as CallFn, args, span: spanOf(name.span, close.span) };
  }
}

/** Parses a canonical formula; on failure the first error with its position. */
export function parseFormula(source: string): ParseResult<FormulaAst> {
  if (source.trim() === '') {
    return { ok: false, errors: [formulaErrors.emptyFormula({ start: 0, end: source.length })] };
  }
  const lexed = lexFormula(source);
  if (!lexed.ok) return { ok: false, errors: [lexed.error] };
  try {
    return { ok: true, value: new Parser(lexed.tokens).parseAll() };
  } catch (failure) {
    if (failure instanceof ParseFailure) return { ok: false, errors: [failure.error] };
    throw failure;
  }
}

/** Every measure reference in the formula with its time reference, in reading order, without repeats. */
export function referencedMeasures(ast: FormulaAst): Array<{ ref: MeasureRef; time: TimeRef }> {
  const found: Array<{ ref: MeasureRef; time: TimeRef }> = [];
  const seen = new Set<string>();
  visit(ast, (node) => {
    if (node.kind !== 'measure') return;
    const time = node.time.kind === 'relative' ? `t${node.time.offset}` : `y${node.time.year}`;
    const key = `${node.ref.by}\u0000${node.ref.key}\u0000${time}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ ref: node.ref, time: node.time });
  });
  return found;
}

/** True when the formula uses rollup(), i.e. it depends on the scores of the node's children. */
export function usesRollup(ast: FormulaAst): boolean {
  let found = false;
  visit(ast, (node) => {
    if (node.kind === 'rollup') found = true;
  });
  return found;
}

function visit(ast: FormulaAst, fn: (node: FormulaAst) => void): void {
  fn(ast);
  switch (ast.kind) {
    case 'unary':
      visit(ast.operand, fn);
      break;
    case 'binary':
      visit(ast.left, fn);
      visit(ast.right, fn);
      break;
    case 'call':
      for (const arg of ast.args) visit(arg, fn);
      break;
    default:
      break;
  }
}
