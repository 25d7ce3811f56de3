/**
 * Individual cards (schede individuali) of the card export: one per person × role, with weighted
 * objectives and the indicators that measure them. They are returned as drafts (texts as written)
 * and, once linked to the plan's indicators, as the plan's evaluation cards.
 */
import type { CardRole, EvaluationCardInput } from '../../core/evaluation/card.schema.js';
import type { Indicator } from '../../core/plan/plan.schema.js';
import { parseItalianNumber } from '../tree-export/italian-number.js';
import type { IssueCollector } from '../tree-export/import-warning.js';
import type { FormulaCell } from './card-export-cells.js';
import type { RawIndividualCard } from './card-export-model.js';
import { parseTableRows, type ParsedRow } from './card-export-rows.js';
import { cardWeightsNot100, weightUnreadable } from './card-export-warnings.js';

export interface IndividualIndicatorDraft {
  code?: string;
  name: string;
  description?: string;
  formula: string;
  target?: string;
  line: number;
  /** Code of the plan indicator this row reuses, when found. */
  planIndicator?: string;
}

export interface IndividualObjectiveDraft {
  code?: string;
  title: string;
  description?: string;
  /** Percent; null when the card gives none or it cannot be read. */
  weight: number | null;
  line: number;
  indicators: IndividualIndicatorDraft[];
}

export interface IndividualCardDraft {
  person: string;
  role: CardRole;
  /** The role as written, e.g. `Dir. Area 1 - Dirigente`. */
  roleLabel: string;
  year: number | null;
  line: number;
  objectives: IndividualObjectiveDraft[];
}

/** Rows kept with their parsed form, to link them and to reuse their coded formulas. */
export interface ParsedCard { draft: IndividualCardDraft; rows: ParsedRow[][] }

function roleOf(text: string): CardRole {
  if (/segretario/i.test(text)) return 'sg';
  if (/dirigente/i.test(text)) return 'dirigente';
  if (/p\.?\s*o\.?|posizione/i.test(text)) return 'po';
  return 'staff';
}

function splitPerson(person: string, roleText: string): { person: string; roleLabel: string } {
  const qualifier = /^(.*?)\s+((?:Dir\.?\s*)?Area\s+\S+.*)$/i.exec(person);
  if (qualifier) return { person: qualifier[1] as string, roleLabel: `${qualifier[2] as string} - ${roleText}` };
  return { person, roleLabel: roleText };
}

function weightOf(text: string | undefined, line: number, issues: IssueCollector): number | null {
  const match = /([\d.,]+)\s*%?/.exec(text ?? '');
  const value = match ? parseItalianNumber(match[1] as string) : null;
  if (value === null) issues.warn('card_weight_unreadable', { line }, weightUnreadable(text ?? ''));
  return value;
}

function indicatorDraft(row: ParsedRow): IndividualIndicatorDraft {
  const target = row.targets[0]?.text;
  return {
    ...(row.indicator.code === null ? {} : { code: row.indicator.code }),
    name: row.indicator.name,
    ...(row.indicator.description === undefined ? {} : { description: row.indicator.description }),
    formula: row.formula.text,
    ...(target === undefined ? {} : { target }),
    line: row.line,
  };
}

export function buildIndividualCards(cards: readonly RawIndividualCard[], issues: IssueCollector): ParsedCard[] {
  return cards.map((card) => {
    const rows = card.objectives.map((objective) => objective.tables.flatMap(parseTableRows));
    const years = rows.flat().flatMap((row) => row.targets.map((target) => target.year));
    const { person, roleLabel } = splitPerson(card.person, card.roleText);
    const objectives = card.objectives.map((objective, index): IndividualObjectiveDraft => ({
      ...(objective.code === null ? {} : { code: objective.code }),
      title: objective.title,
      ...(objective.description === undefined ? {} : { description: objective.description }),
      weight: weightOf(objective.weightText, objective.line, issues),
      line: objective.line,
      indicators: (rows[index] ?? []).map(indicatorDraft),
    }));
    const draft: IndividualCardDraft = { person, role: roleOf(card.roleText), roleLabel, year: years.length > 0 ? Math.min(...years) : null, line: card.line, objectives };
    checkCardWeights(draft, issues);
    return { draft, rows };
  });
}

function checkCardWeights(draft: IndividualCardDraft, issues: IssueCollector): void {
  const weights = draft.objectives.map((objective) => objective.weight);
  if (weights.length === 0 || weights.some((weight) => weight === null)) return;
  const sum = Math.round(weights.reduce<number>((total, weight) => total + (weight ?? 0), 0) * 100) / 100;
  if (Math.abs(sum - 100) > 0.01) issues.warn('card_weights_not_100', { line: draft.line }, cardWeightsNot100(draft.person, sum));
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}%]+/u).filter((word) => word.length >= 3));
}

function normalized(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

interface ComparableText { text: string; words: Set<string> }

function comparable(text: string): ComparableText {
  return { text: normalized(text), words: words(text) };
}

/** 1 when one text is the other or starts the other (a description repeating the name), else word overlap. */
function similarity(row: ComparableText, other: ComparableText): number {
  if (row.text !== '' && (other.text === row.text || other.text.startsWith(`${row.text} `))) return 1;
  const common = [...row.words].filter((word) => other.words.has(word)).length;
  const union = new Set([...row.words, ...other.words]).size;
  return union === 0 ? 0 : common / union;
}

const SAME_TEXT = 0.85;

export interface IndicatorIndex { byCode: Set<string>; entries: Array<{ code: string; name: ComparableText; description: ComparableText }> }

export function buildIndicatorIndex(indicators: readonly Pick<Indicator, 'code' | 'name' | 'description'>[]): IndicatorIndex {
  return {
    byCode: new Set(indicators.map((indicator) => indicator.code)),
    entries: indicators.map((indicator) => ({ code: indicator.code, name: comparable(indicator.name), description: comparable(indicator.description ?? '') })),
  };
}

/** The plan indicator a card row reuses: same code, else the one whose name (or description) matches. */
export function matchIndicator(row: { code: string | null; name: string }, index: IndicatorIndex): string | undefined {
  if (row.code !== null && index.byCode.has(row.code)) return row.code;
  const name = comparable(row.name);
  const scored = index.entries.map((entry) => ({
    code: entry.code,
    score: Math.max(similarity(name, entry.name), similarity(name, entry.description)),
  })).filter((entry) => entry.score >= SAME_TEXT).sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  return best !== undefined && (second === undefined || second.score < best.score) ? best.code : undefined;
}

/** Coded formulas of card rows that name a plan indicator by its code (with at least one real measure code). */
export function cardFormulasByCode(cards: readonly ParsedCard[]): Map<string, FormulaCell> {
  const formulas = new Map<string, FormulaCell>();
  for (const row of cards.flatMap((card) => card.rows.flat())) {
    const hasRealCode = row.formula.tokens.some((token) => token.kind === 'term' && token.term.code !== null);
    if (row.indicator.code !== null && row.formula.coded && hasRealCode && !formulas.has(row.indicator.code)) {
      formulas.set(row.indicator.code, row.formula);
    }
  }
  return formulas;
}

export function linkCards(cards: readonly ParsedCard[], indicators: readonly Indicator[]): void {
  const planIndex = buildIndicatorIndex(indicators);
  for (const { draft, rows } of cards) {
    draft.objectives.forEach((objective, objectiveIndex) => {
      objective.indicators.forEach((indicator, position) => {
        const row = rows[objectiveIndex]?.[position];
        const code = row === undefined ? undefined : matchIndicator({ code: row.indicator.code, name: row.indicator.name }, planIndex);
        if (code !== undefined) indicator.planIndicator = code;
      });
    });
  }
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The drafts as the plan's evaluation cards: linked rows become indicator links, the others own indicators. */
export function toEvaluationCards(drafts: readonly IndividualCardDraft[], fallbackYear: number): EvaluationCardInput[] {
  return drafts.map((draft) => {
    const qualifier = draft.roleLabel.includes(' - ') ? `-${slug(draft.roleLabel.split(' - ')[0] as string)}` : '';
    const year = draft.year ?? fallbackYear;
    const code = `${year}-${slug(draft.person)}-${draft.role}${qualifier}`.slice(0, 80);
    return {
      code,
      person: { code: slug(draft.person).slice(0, 80) || 'persona', name: draft.person.slice(0, 300) },
      role: draft.role,
      roleLabel: draft.roleLabel.slice(0, 300),
      year,
      objectives: draft.objectives.map((objective, index) => {
        const objectiveCode = (objective.code ?? `${code}-O${index + 1}`).slice(0, 80);
        const linked = [...new Set(objective.indicators.flatMap((indicator) => (indicator.planIndicator === undefined ? [] : [indicator.planIndicator])))];
        const own = objective.indicators.filter((indicator) => indicator.planIndicator === undefined);
        return {
          code: objectiveCode,
          title: (objective.title === '' ? objectiveCode : objective.title).slice(0, 1000),
          weight: Math.min(100, Math.max(0, objective.weight ?? 0)),
          indicators: linked,
          ownIndicators: own.map((indicator, ownIndex) => ({
            code: (indicator.code ?? `${objectiveCode}-I${ownIndex + 1}`).slice(0, 80),
            name: (indicator.name === '' ? indicator.formula || objectiveCode : indicator.name).slice(0, 1000),
            ...(indicator.target === undefined ? {} : { target: indicator.target.slice(0, 500) }),
          })),
        };
      }),
    };
  });
}
