import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCard, buildCardPolicy, buildPoCard } from './card-factories.js';
import { scoreCard } from './card-scoring.js';
import { buildObjectiveResults, buildOrganisationalResults } from './card-source.js';

const lucca = [
  { code: 'OB1', title: 'Livelli di servizio', weight: 20 },
  { code: 'OB2', title: 'Programmi di area', weight: 20 },
  { code: 'OB3', title: 'Trasparenza e anticorruzione', weight: 30 },
  { code: 'OB4', title: 'Dematerializzazione', weight: 30 },
];

describe('scoreCard: a 20/20/30/30 card', () => {
  const card = buildCard({ objectives: lucca });
  const source = buildObjectiveResults({ OB1: 99.2, OB2: 100, OB3: 100, OB4: 99.885 });

  it('scores 99,8055 raw and 100 with a 90% tolerance on the objectives', () => {
    const result = scoreCard(card, source, buildCardPolicy({ tolerance: { threshold: 90, appliesTo: 'objectives' } }));
    expect(result.state).toBe('scored');
    expect(result.raw).toBe(99.8055);
    expect(result.adjusted).toBe(100);
    expect(result.rounded).toEqual({ raw: 99.81, adjusted: 100 });
    expect(result.objectives.map((objective) => objective.adjusted)).toEqual([100, 100, 100, 100]);
    expect(result.problems).toEqual([]);
  });

  it('scores 100 with the tolerance on the final score, and keeps the objectives raw', () => {
    const result = scoreCard(card, source, buildCardPolicy({ tolerance: { threshold: 90, appliesTo: 'final' } }));
    expect(result.raw).toBe(99.8055);
    expect(result.adjusted).toBe(100);
    expect(result.objectives.map((objective) => objective.adjusted)).toEqual([99.2, 100, 100, 99.885]);
  });

  it('rounds by the policy: truncation gives 99,80, no tolerance leaves adjusted equal to raw', () => {
    const result = scoreCard(card, source, buildCardPolicy({ rounding: { decimals: 2, mode: 'truncate' } }));
    expect(result.adjusted).toBe(99.8055);
    expect(result.rounded).toEqual({ raw: 99.8, adjusted: 99.8 });
  });

  it('explains the weights as given and normalised', () => {
    const result = scoreCard(card, source, buildCardPolicy());
    const objectives = result.explanation.children[0]?.children ?? [];
    expect(objectives.map((node) => [node.code, node.weight?.given, node.weight?.normalised])).toEqual([
      ['OB1', 20, 20], ['OB2', 20, 20], ['OB3', 30, 30], ['OB4', 30, 30],
    ]);
    expect(result.explanation.kind).toBe('card');
    expect(result.explanation.children[0]?.weight?.normalised).toBe(100);
  });
});

describe('scoreCard: linked plan indicators', () => {
  const plan = buildOrganisationalResults({
    indicators: { 'S1.1.a': 100, 'SG_2.a': 85.71, 'D1.3_04.1': 'suspended', 'D1.3_04.2': 90, 'PO2_1.a': 100, 'PO2_1.b': 'suspended' },
  });

  it('excludes a suspended indicator and re-normalises the remaining weights', () => {
    const result = scoreCard(buildCard(), plan, buildCardPolicy());
    const sg3 = result.objectives[2];
    expect(sg3?.raw).toBe(90);
    const [suspended, counted] = sg3?.explanation.children ?? [];
    expect(suspended?.state).toBe('suspended');
    expect(suspended?.weight).toMatchObject({ treatment: 'excluded_suspended', normalised: null });
    expect(suspended?.note?.en).toContain('Suspended');
    expect(counted?.weight).toMatchObject({ treatment: 'counted', given: null, effective: 1, normalised: 100 });
    // 15 × 100 + 25 × 85,71 + 60 × 90 = 9042,75 → 90,4275
    expect(result.raw).toBe(90.4275);
  });

  it('uses the weights given on the links', () => {
    const card = buildCard({
      objectives: [{ code: 'X', title: 'Obiettivo', weight: 100, indicators: [{ code: 'S1.1.a', weight: 1 }, { code: 'D1.3_04.2', weight: 3 }] }],
    });
    expect(scoreCard(card, plan, buildCardPolicy()).raw).toBe(92.5);
  });

  it('gives the P.O. weights 33,33/33,33/33,34 a sum of exactly 100', () => {
    const source = buildOrganisationalResults({ indicators: { 'PO2_3.a': 100, 'PO2_1.a': 90, 'PO2_1.b': 90, 'PO2_2_2021_AGG': 80 } });
    const result = scoreCard(buildPoCard(), source, buildCardPolicy());
    const weights = result.explanation.children[0]?.children.map((node) => node.weight?.normalised) ?? [];
    expect(weights).toEqual([33.34, 33.33, 33.33]);
    // (100 × 33,34 + 90 × 33,33 + 80 × 33,33) / 100
    expect(result.raw).toBe(90.001);
  });

  it('reuses node scores and own indicators assessed on the card', () => {
    const card = buildCard({
      objectives: [{
        code: 'DirArea2_2', title: 'Prevenzione della corruzione e trasparenza', weight: 100, nodes: ['2.1.1', '2.1.2'],
        ownIndicators: [{ code: 'REL', name: 'Relazione sulle attività', achievement: 70, justification: 'Relazione consegnata in ritardo' }],
      }],
    });
    const source = buildOrganisationalResults({ nodes: { '2.1.1': 100, '2.1.2': 90 } });
    const result = scoreCard(card, source, buildCardPolicy());
    expect(result.raw).toBe(86.6666666666667);
    expect(result.objectives[0]?.explanation.children.map((node) => node.kind)).toEqual(['node', 'node', 'own_indicator']);
  });
});

describe('scoreCard: missing data and configuration errors', () => {
  const source = buildOrganisationalResults({ indicators: { 'S1.1.a': 100, 'SG_2.a': null, 'D1.3_04.1': 80, 'D1.3_04.2': 100 } });

  it('blocks by default and says which result is missing', () => {
    const result = scoreCard(buildCard(), source, buildCardPolicy());
    expect(result.state).toBe('incomplete');
    expect(result.raw).toBeNull();
    expect(result.rounded).toEqual({ raw: null, adjusted: null });
    expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual([['result_missing', 'objectives[1].indicators[0]']]);
    expect(result.problems[0]?.message.it).toContain("l'indicatore SG_2.a");
  });

  it('excludes the objective without data when the policy says so', () => {
    const result = scoreCard(buildCard(), source, buildCardPolicy({ missing: 'exclude' }));
    // SG_2 is excluded: (15 × 100 + 60 × 90) / 75
    expect(result.raw).toBe(92);
    expect(result.explanation.children[0]?.children[1]).toMatchObject({ state: 'missing', weight: { treatment: 'excluded_missing' } });
  });

  it('counts the missing result as 0 when the policy says so', () => {
    const result = scoreCard(buildCard(), source, buildCardPolicy({ missing: 'zero' }));
    expect(result.raw).toBe(69);
  });

  it('blocks on an indicator unknown to the plan whatever the missing rule', () => {
    const card = buildCard({ objectives: [{ code: 'X', title: 'Obiettivo', weight: 100, indicators: ['NOPE'] }] });
    const result = scoreCard(card, source, buildCardPolicy({ missing: 'exclude' }));
    expect(result.state).toBe('incomplete');
    expect(result.problems.map((problem) => problem.code)).toEqual(['unknown_indicator']);
  });

  it('reports an objective with nothing to measure it and a card without components', () => {
    const card = buildCard({ components: [], objectives: [{ code: 'X', title: 'Obiettivo', weight: 100 }] });
    const result = scoreCard(card, source, buildCardPolicy());
    expect(result.state).toBe('incomplete');
    expect(result.problems.map((problem) => problem.code)).toEqual(['no_components']);
    const withComponents = scoreCard(card, source, buildCardPolicy({ componentWeights: { sg: [{ key: 'objectives', weight: 100 }] } }));
    expect(withComponents.problems.map((problem) => problem.code)).toEqual(['objective_without_links']);
  });

  it('is suspended when every objective is suspended', () => {
    const result = scoreCard(buildCard({ objectives: lucca }), buildObjectiveResults({ OB1: 'suspended', OB2: 'suspended', OB3: 'suspended', OB4: 'suspended' }), buildCardPolicy());
    expect(result.state).toBe('suspended');
    expect(result.raw).toBeNull();
  });
});

describe('scoreCard: components', () => {
  const policy = buildCardPolicy({
    componentWeights: { dirigente: [{ key: 'unit_performance', weight: 30 }, { key: 'objectives', weight: 50 }, { key: 'behaviours', weight: 20 }] },
    ratingScale: { min: 1, max: 5, conversion: 'proportional' },
  });
  const behaviours = [
    { code: 'LEAD', label: 'Leadership', rating: 4 },
    { code: 'PROB', label: 'Problem solving', rating: 5 },
    { code: 'VAL', label: 'Capacità di valutare i collaboratori', rating: 3 },
  ];

  it('combines unit performance (raw and adjusted), objectives and behaviours by the policy weights', () => {
    const card = buildCard({
      code: 'DIR1-2021', role: 'dirigente', orgUnit: 'AREA1', components: [],
      objectives: [{ code: 'DirArea1_1', title: 'Tutela del mercato', weight: 100, indicators: ['C1.1_07'] }],
      behaviours,
    });
    const source = buildOrganisationalResults({ indicators: { 'C1.1_07': 96 } }, { units: { AREA1: 92 } });
    const unitAdjusted = { ...source, units: new Map([['AREA1', { state: 'scored' as const, raw: 92, adjusted: 100 }]]) };
    const result = scoreCard(card, unitAdjusted, policy);
    // 0,3 × 92 + 0,5 × 96 + 0,2 × 80
    expect(result.raw).toBe(91.6);
    expect(result.adjusted).toBe(94);
    expect(result.components.map((component) => [component.key, component.raw, component.weight.normalised]))
      .toEqual([['unit_performance', 92, 30], ['objectives', 96, 50], ['behaviours', 80, 20]]);
    const [unit, objectives, rated] = result.explanation.children;
    expect(unit?.label).toEqual({ it: "Performance organizzativa dell'unità", en: 'Unit performance' });
    expect(unit?.children[0]).toMatchObject({ kind: 'unit', code: 'AREA1', raw: 92, adjusted: 100 });
    expect(objectives?.children[0]?.children[0]).toMatchObject({ kind: 'indicator', code: 'C1.1_07', raw: 96 });
    expect(rated?.children.map((node) => [node.code, node.inputs?.rating, node.raw])).toEqual([['LEAD', 4, 80], ['PROB', 5, 100], ['VAL', 3, 60]]);
  });

  it('converts ratings linearly when the scale says so, and blocks on unrated or out-of-scale behaviours', () => {
    const card = buildCard({ components: [{ key: 'behaviours', weight: 100 }], behaviours });
    const linear = buildCardPolicy({ ratingScale: { min: 1, max: 5, conversion: 'linear' } });
    expect(scoreCard(card, buildObjectiveResults({}), linear).raw).toBe(75);
    const bad = buildCard({
      components: [{ key: 'behaviours', weight: 100 }],
      behaviours: [{ code: 'LEAD', label: 'Leadership' }, { code: 'PROB', label: 'Problem solving', rating: 7 }],
    });
    const result = scoreCard(bad, buildObjectiveResults({}), linear);
    expect(result.state).toBe('incomplete');
    expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['behaviour_not_rated', 'behaviours[0]'], ['rating_out_of_scale', 'behaviours[1]'],
    ]);
  });

  it('reports components with nothing to score', () => {
    const card = buildCard({ components: [{ key: 'objectives', weight: 60 }, { key: 'behaviours', weight: 40 }], objectives: [] });
    const result = scoreCard(card, buildObjectiveResults({}), policy);
    expect(result.state).toBe('incomplete');
    expect(result.problems.map((problem) => problem.code)).toEqual(['no_objectives', 'no_behaviours']);
  });

  it('asks for the org unit when the unit performance component has none', () => {
    const card = buildCard({ components: [{ key: 'unit_performance', weight: 100 }] });
    const result = scoreCard(card, buildObjectiveResults({}, { units: { AREA1: 90 } }), policy);
    expect(result.problems.map((problem) => problem.code)).toEqual(['unit_not_set']);
  });

  it('computes the complexity coefficient from the four criteria', () => {
    const card = buildPoCard({ complexity: { staff: 5, innovation: 3, relationships: 2, effort: 2 } });
    const result = scoreCard(card, buildObjectiveResults({}), buildCardPolicy({ complexity: { coefficientMin: 1, coefficientMax: 1.4 } }));
    // mean 3 on 1–5 is the middle of the scale → 1,2
    expect(result.complexityCoefficient).toBe(1.2);
  });
});

describe('scoreCard: one person, three cards', () => {
  const source = buildOrganisationalResults(
    { indicators: { 'S1.1.a': 100, 'SG_2.a': 100, 'D1.3_04.1': 95, 'D1.3_04.2': 100, 'C1.1_07': 100, 'DFP 1.3': 70 } },
    { entity: 97, units: { AREA1: 99, AREA2: 80 } },
  );
  const person = { code: 'ciabatti.enrico', name: 'Ciabatti Enrico' };
  const manager = (area: 'AREA1' | 'AREA2', indicator: string) => buildCard({
    code: `DIR-${area}-2021`, person, role: 'dirigente', roleLabel: `Dir. ${area} - Dirigente (ad interim)`, orgUnit: area,
    components: [{ key: 'unit_performance', weight: 40 }, { key: 'objectives', weight: 60 }],
    objectives: [{ code: `${area}_1`, title: 'Obiettivo di area', weight: 100, indicators: [indicator] }],
  });
  const cards = [
    buildCard({ components: [{ key: 'entity_performance', weight: 20 }, { key: 'objectives', weight: 80 }] }),
    manager('AREA1', 'C1.1_07'),
    manager('AREA2', 'DFP 1.3'),
  ];

  it('scores each role on its own, for the same person', () => {
    const results = cards.map((card) => scoreCard(card, source, buildCardPolicy()));
    expect(results.map((result) => result.card.person.code)).toEqual([person.code, person.code, person.code]);
    expect(results.map((result) => result.card.orgUnit)).toEqual([undefined, 'AREA1', 'AREA2']);
    // SG: 0,2 × 97 + 0,8 × (15 × 100 + 25 × 100 + 60 × 97,5) / 100
    expect(results.map((result) => result.raw)).toEqual([98.2, 99.6, 74]);
  });
});

describe('scoreCard: properties', () => {
  const achievement = fc.integer({ min: 0, max: 12_000 }).map((n) => n / 100);
  const weight = fc.integer({ min: 1, max: 10_000 }).map((n) => n / 100);

  it('lies between the lowest and the highest objective and ignores a common scale of the weights', () => {
    fc.assert(fc.property(fc.array(fc.tuple(achievement, weight), { minLength: 1, maxLength: 8 }), fc.integer({ min: 2, max: 50 }), (pairs, factor) => {
      const objectives = pairs.map(([, w], i) => ({ code: `O${i}`, title: `Obiettivo ${i}`, weight: w }));
      const results = Object.fromEntries(pairs.map(([value], i) => [`O${i}`, value]));
      const policy = buildCardPolicy();
      const result = scoreCard(buildCard({ objectives }), buildObjectiveResults(results), policy);
      const values = pairs.map(([value]) => value);
      expect(result.raw).not.toBeNull();
      expect(result.raw as number).toBeGreaterThanOrEqual(Math.min(...values));
      expect(result.raw as number).toBeLessThanOrEqual(Math.max(...values));
      const scaled = buildCard({ objectives: objectives.map((objective) => ({ ...objective, weight: Math.min(100, objective.weight * factor) })) });
      if (objectives.every((objective) => objective.weight * factor <= 100)) {
        expect(scoreCard(scaled, buildObjectiveResults(results), policy).rounded.raw).toBe(result.rounded.raw);
      }
    }));
  });

  it('never lowers a score by the tolerance', () => {
    fc.assert(fc.property(fc.array(achievement, { minLength: 1, maxLength: 6 }), fc.integer({ min: 50, max: 100 }), (values, threshold) => {
      const objectives = values.map((_, i) => ({ code: `O${i}`, title: `Obiettivo ${i}`, weight: 10 }));
      const source = buildObjectiveResults(Object.fromEntries(values.map((value, i) => [`O${i}`, value])));
      const result = scoreCard(buildCard({ objectives }), source, buildCardPolicy({ tolerance: { threshold, appliesTo: 'objectives' } }));
      expect(result.adjusted as number).toBeGreaterThanOrEqual(result.raw as number);
    }));
  });
});
