/**
 * The formula language's parse errors: one constructor per stable code, each with an Italian and an
 * English message. Offsets in `position`/`span` are 0-based; the messages count characters from 1,
 * as a person reading the formula does.
 */
import type { FormulaError, SourceSpan } from './formula-ast.js';

export type FormulaErrorCode =
  | 'empty_formula'
  | 'unexpected_character'
  | 'unexpected_token'
  | 'unexpected_end'
  | 'missing_closing_parenthesis'
  | 'unmatched_closing_parenthesis'
  | 'unclosed_measure_name'
  | 'empty_measure_name'
  | 'invalid_time_reference'
  | 'invalid_number'
  | 'invalid_parameter'
  | 'unknown_function'
  | 'missing_arguments'
  | 'rollup_takes_no_arguments'
  | 'time_on_non_measure';

function at(span: SourceSpan): number {
  return span.start + 1;
}

function make(code: FormulaErrorCode, span: SourceSpan, it: string, en: string): FormulaError {
  return { code, message: { it, en }, position: span.start, span };
}

export const formulaErrors = {
  emptyFormula: (span: SourceSpan) =>
    make('empty_formula', span, 'La formula è vuota', 'The formula is empty'),
  unexpectedCharacter: (span: SourceSpan, char: string) =>
    make('unexpected_character', span,
      `Carattere non ammesso «${char}» alla posizione ${at(span)}`,
      `Unexpected character "${char}" at position ${at(span)}`),
  unexpectedToken: (span: SourceSpan, text: string) =>
    make('unexpected_token', span,
      `Elemento inatteso «${text}» alla posizione ${at(span)}: manca un operatore?`,
      `Unexpected "${text}" at position ${at(span)}: is an operator missing?`),
  unexpectedEnd: (span: SourceSpan) =>
    make('unexpected_end', span,
      `La formula termina alla posizione ${at(span)} mentre si attendeva un valore, una misura o una parentesi`,
      `The formula ends at position ${at(span)} where a value, a measure or a parenthesis was expected`),
  expectedOperand: (span: SourceSpan, text: string) =>
    make('unexpected_token', span,
      `Atteso un valore, una misura o una parentesi alla posizione ${at(span)}, trovato «${text}»`,
      `Expected a value, a measure or a parenthesis at position ${at(span)}, found "${text}"`),
  missingClosingParenthesis: (span: SourceSpan, openedAt: number) =>
    make('missing_closing_parenthesis', span,
      `Parentesi chiusa mancante alla posizione ${at(span)} (aperta alla posizione ${openedAt + 1})`,
      `Missing closing parenthesis at position ${at(span)} (opened at position ${openedAt + 1})`),
  unmatchedClosingParenthesis: (span: SourceSpan) =>
    make('unmatched_closing_parenthesis', span,
      `Parentesi chiusa senza parentesi aperta alla posizione ${at(span)}`,
      `Closing parenthesis without an opening one at position ${at(span)}`),
  unclosedMeasureName: (span: SourceSpan) =>
    make('unclosed_measure_name', span,
      `Nome di misura aperto con «[» alla posizione ${at(span)} e mai chiuso con «]»`,
      `Measure name opened with "[" at position ${at(span)} and never closed with "]"`),
  emptyMeasureName: (span: SourceSpan) =>
    make('empty_measure_name', span,
      `Nome di misura vuoto alla posizione ${at(span)}`,
      `Empty measure name at position ${at(span)}`),
  invalidTimeReference: (span: SourceSpan, text: string) =>
    make('invalid_time_reference', span,
      `Riferimento temporale non valido «${text}» alla posizione ${at(span)}: usare @t, @t-1 o un anno come @2019`,
      `Invalid time reference "${text}" at position ${at(span)}: use @t, @t-1 or a year such as @2019`),
  invalidNumber: (span: SourceSpan, text: string) =>
    make('invalid_number', span,
      `Numero non valido «${text}» alla posizione ${at(span)}: usare il punto per i decimali (0.5)`,
      `Invalid number "${text}" at position ${at(span)}: use a decimal point (0.5)`),
  invalidParameter: (span: SourceSpan) =>
    make('invalid_parameter', span,
      `Parametro senza nome alla posizione ${at(span)}: scrivere ad esempio $N`,
      `Parameter without a name at position ${at(span)}: write for example $N`),
  unknownFunction: (span: SourceSpan, name: string) =>
    make('unknown_function', span,
      `Funzione sconosciuta «${name}» alla posizione ${at(span)}: sono ammesse sum, avg, min, max, rollup`,
      `Unknown function "${name}" at position ${at(span)}: allowed are sum, avg, min, max, rollup`),
  missingArguments: (span: SourceSpan, name: string) =>
    make('missing_arguments', span,
      `La funzione ${name} alla posizione ${at(span)} richiede almeno un argomento`,
      `Function ${name} at position ${at(span)} needs at least one argument`),
  rollupTakesNoArguments: (span: SourceSpan) =>
    make('rollup_takes_no_arguments', span,
      `rollup() alla posizione ${at(span)} non accetta argomenti`,
      `rollup() at position ${at(span)} takes no arguments`),
  timeOnNonMeasure: (span: SourceSpan) =>
    make('time_on_non_measure', span,
      `Il riferimento temporale alla posizione ${at(span)} va scritto subito dopo una misura`,
      `The time reference at position ${at(span)} must follow a measure`),
};
