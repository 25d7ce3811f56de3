/**
 * The individual cards of the Massa-Carrara Piano 2021 (seed 002, section 5): the Segretario
 * Generale 15/25/60, the same person as acting manager of Area 1 and Area 2, four P.O. with
 * 33,33/33,33/33,34. Their weights are read from the document, turned into cards, linted and scored.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/plan-factories.js';
import { buildCard, buildCardPolicy } from './card-factories.js';
import { lintCards } from './card-lint.js';
import { scoreCard } from './card-scoring.js';
import type { CardRole, EvaluationCard } from './card.schema.js';
import { buildObjectiveResults } from './card-source.js';
import { CARD_SEED, readSeed } from '../../test-support/seeds.js';


interface SeedCard { holder: string; role: CardRole; weights: number[] }

const roles: Record<string, CardRole> = { 'Segretario Generale': 'sg', Dirigente: 'dirigente', 'P.O.': 'po' };

/** Card headers (`<b>Name - Role</b>`, `**…**`, `### …`) and the `Peso: 33,33 %` lines under each. */
function readSeedCards(text: string): SeedCard[] {
  const start = text.indexOf('DALLA PERFORMANCE ORGANIZZATIVA ALLA PERFORMANCE INDIVIDUALE');
  const section = text.slice(start, text.indexOf('## 6. ALLEGATI', start));
  const cards: SeedCard[] = [];
  for (const line of section.split('\n')) {
    const clean = line.replace(/<\/?b>|\*\*|^#+\s*/g, '').trim();
    const header = /^(.+?) - (Segretario Generale|Dirigente|P\.O\.)$/.exec(clean);
    if (header?.[1] !== undefined && header[2] !== undefined) {
      cards.push({ holder: header[1], role: roles[header[2]] as CardRole, weights: [] });
      continue;
    }
    const weight = /Peso:\s*(\d+),(\d+)\s*%/.exec(line);
    if (weight !== null) cards.at(-1)?.weights.push(Number(`${weight[1]}.${weight[2]}`));
  }
  return cards;
}

const seedCards = readSeedCards(readSeed(CARD_SEED));

function toCard(seed: SeedCard, index: number): EvaluationCard {
  const area = /Area (\d)/.exec(seed.holder);
  return buildCard({
    code: `C${index}`,
    person: { code: seed.holder.startsWith('Ciabatti') ? 'ciabatti.enrico' : seed.holder, name: seed.holder },
    role: seed.role,
    ...(area === null ? {} : { orgUnit: `AREA${area[1]}` }),
    objectives: seed.weights.map((weight, i) => ({ code: `C${index}_${i + 1}`, title: `Obiettivo ${i + 1}`, weight, indicators: ['KPI1'] })),
  });
}

describe('the cards of seed 002', () => {
  it('are seven: the SG, the same person as acting manager of two areas, and four P.O.', () => {
    expect(seedCards.map((card) => [card.holder, card.role, card.weights])).toEqual([
      ['Ciabatti Enrico', 'sg', [15, 25, 60]],
      ['Ciabatti Enrico Dir. Area 1', 'dirigente', [33.33, 33.33, 33.34]],
      ['Ciabatti Enrico Dir. Area 2', 'dirigente', [33.33, 33.33, 33.34]],
      ['bongiorni.mirco', 'po', [33.34, 33.33, 33.33]],
      ['cordiviola.francesca', 'po', [33.34, 33.33, 33.33]],
      ['diamanti.stefano', 'po', [33.34, 33.33, 33.33]],
      ['menconi.simonetta', 'po', [33.34, 33.33, 33.33]],
    ]);
  });

  it('have weights that sum to exactly 100 for the lint, and one role per area for the acting manager', () => {
    const plan = buildPlan({
      plan: { title: 'Piano 2021', firstYear: 2021, lastYear: 2021, levels: [{ key: 'operational_objective' }] },
      orgUnits: [{ code: 'AREA1', name: 'Area 1', kind: 'area' }, { code: 'AREA2', name: 'Area 2', kind: 'area' }],
      nodes: [{ code: 'A.1.1', title: 'Obiettivo', level: 'operational_objective' }],
      indicators: [{ code: 'KPI1', node: 'A.1.1', name: 'Indicatore', targets: { '2021': '>= 1' } }],
    });
    const cards = seedCards.map(toCard);
    expect(lintCards(cards, plan)).toEqual([]);
    expect(new Set(cards.map((card) => card.person.code)).size).toBe(5);
    const sameUnit = cards.map((card) => (card.role === 'dirigente' ? { ...card, orgUnit: undefined } : card));
    expect(lintCards(sameUnit, plan).map((issue) => issue.code)).toEqual(['card_duplicate_role']);
  });

  it('score 100 when every objective is fully achieved, and weigh a shortfall by the published weights', () => {
    for (const [index, seed] of seedCards.entries()) {
      const card = toCard(seed, index);
      const full = Object.fromEntries(card.objectives.map((objective) => [objective.code, 100]));
      expect(scoreCard(card, buildObjectiveResults(full), buildCardPolicy()).raw).toBe(100);
    }
    const sg = toCard(seedCards[0] as SeedCard, 0);
    // SG_3 (60%) at 80: 15 + 25 + 48
    expect(scoreCard(sg, buildObjectiveResults({ C0_1: 100, C0_2: 100, C0_3: 80 }), buildCardPolicy()).raw).toBe(88);
  });
});
