import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../core/numbers/format-number.js';
import { defaultScoringPolicy } from '../../core/scoring/policy.schema.js';
import { readPlanFile } from '../../formats/plan-file.js';
import { documentInputFromPlan } from '../document-input-from-plan.js';
import { DEMO_YEAR, demoDocumentInput } from '../testing/document-fixtures.js';
import { draftParagraphs, PIANO_SECTIONS, RELAZIONE_SECTIONS } from './draft-paragraphs.js';
import { agree, pluralArticle } from './draft-phrases.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'docs', 'formats', 'example-plan.json');

function exampleInput(locale: 'it' | 'en') {
  const read = readPlanFile(readFileSync(EXAMPLE, 'utf8'), EXAMPLE);
  if (!read.ok) throw new Error('the example plan does not read');
  return documentInputFromPlan({ plan: read.value, policy: defaultScoringPolicy('DEMO', 2026), year: 2026, locale });
}

const textOf = (input: ReturnType<typeof exampleInput>, kind: 'piano' | 'relazione', key: string) =>
  draftParagraphs(input, kind).find((draft) => draft.sectionKey === key)?.text;

/** The engine's count of operational indicators (on operational objectives and actions) per band key. */
function operationalCounts(input: ReturnType<typeof exampleInput>) {
  const levels = new Map(input.plan.nodes.map((node) => [node.code, node]));
  const counts = new Map<string, number>();
  for (const item of input.scored.indicators) {
    const node = levels.get(item.node);
    if (node?.section !== 'tree' || node.level === 'strategic_objective' || node.level === 'strategic_area') continue;
    const key = item.band && item.rounded !== null ? item.band.key : item.state;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('draftParagraphs', () => {
  it('drafts one paragraph per narrative section of each document', () => {
    const input = demoDocumentInput('it');
    expect(draftParagraphs(input, 'relazione').map((draft) => draft.sectionKey)).toEqual([...RELAZIONE_SECTIONS]);
    expect(draftParagraphs(input, 'piano').map((draft) => draft.sectionKey)).toEqual([...PIANO_SECTIONS]);
    for (const draft of draftParagraphs(input, 'relazione')) expect(draft.text.length).toBeGreaterThan(30);
  });

  it('counts the operational indicators by status as the engine scored them, with the suspension reason', () => {
    const input = exampleInput('it');
    const counts = operationalCounts(input);
    const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
    const suspension = input.plan.suspensions[0]!;
    expect(counts.get('suspended')).toBe(1);
    expect(textOf(input, 'relazione', 'relazione.operational')).toBe(
      `${pluralArticle(total)} ${total} indicatori operativi del 2026, ${counts.get('raggiunto')} risultano raggiunti, `
      + `${counts.get('parzialmente_raggiunto')} parzialmente raggiunti e 1 sospeso per «${suspension.reason}» (${suspension.target.code}).`,
    );
    expect(textOf(exampleInput('en'), 'relazione', 'relazione.operational')).toBe(
      `Of the ${total} operational indicators for 2026, ${counts.get('raggiunto')} are achieved, `
      + `${counts.get('parzialmente_raggiunto')} partially achieved and 1 suspended because “${suspension.reason}” (${suspension.target.code}).`,
    );
  });

  it("states the entity's score with the policy's rounding", () => {
    const input = demoDocumentInput('it');
    const score = formatNumber(input.scored.entity.rounded!, 'it', input.policy.rounding.decimals);
    expect(textOf(input, 'relazione', 'relazione.results')).toContain(`per il ${DEMO_YEAR} è pari a ${score}%`);
  });

  it('reports deviations and how many lack a stated cause', () => {
    const input = exampleInput('it');
    const missed = input.scored.indicators.filter((item) => item.band !== null && item.rounded !== null && item.band.key !== 'raggiunto');
    expect(textOf(input, 'relazione', 'relazione.deviations'))
      .toBe(`${missed.length} indicatori non raggiungono pienamente il target (${missed.map((item) => item.code).join(', ')}). Per ${missed.length} la causa non è indicata.`);
  });

  it('is deterministic: the same data gives the same text', () => {
    expect(draftParagraphs(demoDocumentInput('it'), 'relazione')).toEqual(draftParagraphs(demoDocumentInput('it'), 'relazione'));
    expect(draftParagraphs(demoDocumentInput('en'), 'piano')).toEqual(draftParagraphs(demoDocumentInput('en'), 'piano'));
  });
});

describe('Italian agreement', () => {
  it('agrees past participles in number and gender and leaves other labels alone', () => {
    expect(agree('Raggiunto', 3, false, 'it')).toBe('raggiunti');
    expect(agree('Parzialmente raggiunto', 1, true, 'it')).toBe('parzialmente raggiunta');
    expect(agree('Non raggiunto', 2, true, 'it')).toBe('non raggiunte');
    expect(agree('A rischio', 4, false, 'it')).toBe('a rischio');
    expect(agree('In linea', 2, false, 'it')).toBe('in linea');
    expect(agree('Achieved', 2, false, 'en')).toBe('achieved');
  });

  it('uses "Degli" before numbers read with a vowel', () => {
    expect([8, 11, 80, 35, 2, 11_500, 18].map(pluralArticle)).toEqual(['Degli', 'Degli', 'Degli', 'Dei', 'Dei', 'Degli', 'Dei']);
  });
});
