/**
 * An explanation as readable text, in Italian or English, numbers in the locale's format (99,89).
 * One line per fact, members indented below their parent.
 */
import { formatNumber, type Locale } from '../numbers/format-number.js';
import type { Act } from '../plan/plan.schema.js';
import type { Explanation, ExplanationInput } from './explanation.js';
import { EXPLANATION_WORDS as WORDS } from './explanation-words.js';

/** The `measure` and `source` of the input standing for the indicator's baseline, when a rule used it. */
export const BASELINE_INPUT = 'baseline';

const isoToItalian = (iso: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
};

function plainValue(value: number | boolean | string | null, locale: Locale): string {
  if (value === null) return WORDS[locale].missing;
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'boolean') return value ? WORDS[locale].yes : WORDS[locale].no;
  return isoToItalian(value);
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const percent = (value: number, locale: Locale, decimals?: number): string => `${formatNumber(value, locale, decimals)}%`;

function actText(act: Act, locale: Locale): string {
  return `${WORDS[locale].acts[act.kind]} n. ${act.number} ${WORDS[locale].of} ${isoToItalian(act.date)}`;
}

function header(e: Explanation, locale: Locale): string {
  const w = WORDS[locale];
  const name = e.kind === 'entity' || e.kind === 'component' ? `${w.kinds[e.kind]} «${e.label}»` : `${w.kinds[e.kind]} ${e.code} «${e.label}»`;
  const { score, rounded, raw, adjusted, decimals } = e.value;
  if (score === null || rounded === null) return `${name}: ${w.states[e.state]}`;
  let text = `${name}: ${percent(rounded, locale, decimals)}`;
  if (raw !== null && adjusted !== null && raw !== adjusted) {
    text += ` (${w.raw} ${percent(raw, locale, decimals)}; ${w.adjusted} ${percent(adjusted, locale, decimals)})`;
  }
  if (e.band) text += ` — ${e.band.symbol} ${e.band.label[locale]}`;
  if (e.state !== 'scored') text += ` [${w.states[e.state]}]`;
  return text;
}

function inputLine(input: ExplanationInput, locale: Locale): string {
  const w = WORDS[locale];
  if (input.source === BASELINE_INPUT && input.measure === BASELINE_INPUT) {
    return `${capitalise(w.baseline)} ${input.year} = ${plainValue(input.value, locale)} — ${w.baselineSource}`;
  }
  const period = input.period ? ` (${w.period} ${input.period})` : '';
  let text = `${input.measure} «${input.name}» ${input.year}${period} = ${plainValue(input.value, locale)}`;
  const facts: string[] = [];
  if (input.state) facts.push(w.valueStates[input.state]);
  const by = input.enteredBy ? `${w.enteredBy} ${input.enteredBy}` : '';
  const at = input.enteredAt ? `${w.on} ${isoToItalian(input.enteredAt)}` : '';
  if (by || at) facts.push([by, at].filter(Boolean).join(' '));
  if (input.source) facts.push(`${w.source} ${input.source}`);
  if (facts.length > 0) text += ` — ${facts.join(', ')}`;
  return text;
}

function indicatorLines(e: Explanation, locale: Locale): string[] {
  const w = WORDS[locale];
  const lines: string[] = [];
  if (e.formula) {
    const shown = e.formula.value !== null || e.state === 'missing' ? ` = ${plainValue(e.formula.value, locale)}` : '';
    lines.push(`${w.formula}: ${e.formula.source}${shown}`);
  }
  if (e.target) {
    const effective = e.target.effective !== null ? ` (${w.effective}: ${plainValue(e.target.effective, locale)})` : '';
    const met = e.target.met === null ? '' : ` — ${e.target.met ? w.met : w.notMet}`;
    lines.push(`${w.target}: ${e.target.text}${effective}${met}`);
  }
  if (e.reference) {
    const from = e.reference.source === 'baseline' ? ` (${w.baseline})` : '';
    lines.push(`${w.reference}: ${e.reference.year} = ${formatNumber(e.reference.value, locale)}${from}`);
  }
  if (e.expectedProgress !== null) lines.push(`${w.expectedProgress}: ${percent(e.expectedProgress, locale, 2)}`);
  if (e.rule) lines.push(`${w.rule}: ${w.rules[e.rule]}`);
  if (e.inputs.length > 0) {
    lines.push(`${w.inputs}:`);
    for (const input of e.inputs) lines.push(`  ${inputLine(input, locale)}`);
  }
  return lines;
}

function aggregateLines(e: Explanation, locale: Locale): string[] {
  const w = WORDS[locale];
  const lines: string[] = [];
  const counted = e.weights.filter((weight) => weight.included);
  if (e.basis && e.basis !== 'manual' && e.weights.length > 0) {
    lines.push(`${w.computation}: ${w.bases[e.basis]} (${counted.length} ${w.of2} ${e.weights.length})`);
  }
  if (counted.length > 0) {
    const parts = counted.map((weight) => `${weight.code} ${weight.given === null ? w.equal : formatNumber(weight.given, locale)} → ${percent(weight.normalised ?? 0, locale, 2)}`);
    lines.push(`${w.weights}: ${parts.join('; ')}`);
  }
  for (const exclusion of e.exclusions) {
    const act = exclusion.act ? ` (${actText(exclusion.act, locale)})` : '';
    lines.push(`${w.excluded}: ${exclusion.code} — ${w.states[exclusion.state]}: ${exclusion.reason[locale]}${act}`);
  }
  return lines;
}

function lines(e: Explanation, locale: Locale, indent: string, out: string[]): void {
  const w = WORDS[locale];
  out.push(indent + header(e, locale));
  const body = e.kind === 'indicator' ? indicatorLines(e, locale) : aggregateLines(e, locale);
  if (e.exclusion) {
    const act = e.exclusion.act ? ` (${actText(e.exclusion.act, locale)})` : '';
    body.unshift(`${capitalise(w.states[e.exclusion.state])}: ${e.exclusion.reason[locale]}${act}`);
  }
  if (e.manual) {
    const by = e.manual.by ? ` — ${w.enteredBy} ${e.manual.by}` : '';
    body.push(`${w.manual}: ${percent(e.manual.achievement, locale)} — ${w.justification}: «${e.manual.justification}»${by}`);
  }
  if (e.adjustments.cap !== null) body.push(`${w.capApplied} ${percent(e.adjustments.cap, locale)}`);
  if (e.adjustments.tolerance !== null) body.push(`${w.toleranceApplied} ${percent(e.adjustments.tolerance, locale)}`);
  for (const message of e.messages) body.push(`${w.note}: ${message[locale]}`);
  for (const line of body) out.push(`${indent}  ${line}`);
  for (const child of e.children) lines(child, locale, `${indent}  `, out);
}

/** The explanation as text: Italian (`99,89%`) or English (`99.89%`). */
export function explanationToText(explanation: Explanation, locale: Locale): string {
  const out: string[] = [];
  lines(explanation, locale, '', out);
  return out.join('\n');
}
