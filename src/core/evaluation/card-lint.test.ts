import { describe, expect, it } from 'vitest';
import { buildIndicator, buildPlan } from '../plan/plan-factories.js';
import { buildCard, buildCardPolicy, buildPoCard } from './card-factories.js';
import { lintCards, type CardIssue } from './card-lint.js';

const plan = buildPlan({
  plan: {
    title: 'Piano della performance 2021', firstYear: 2021, lastYear: 2021,
    levels: [{ key: 'strategic_area' }, { key: 'strategic_objective' }, { key: 'operational_objective' }],
  },
  orgUnits: [{ code: 'SERV_RI', name: 'Servizio Registro Imprese' }],
  indicators: ['S1.1.a', 'SG_2.a', 'D1.3_04.1', 'D1.3_04.2', 'PO2_3.a', 'PO2_1.a', 'PO2_1.b', 'PO2_2_2021_AGG']
    .map((code) => buildIndicator({ code, targets: { '2021': '>= 80%' } }))
    .concat(buildIndicator({ code: 'KPI1', targets: { '2022': '>= 5' } })),
});

const summary = (issues: CardIssue[]) => issues.map((issue) => `${issue.severity}:${issue.code}@${issue.location.path}`);

describe('lintCards', () => {
  it('finds nothing on sound SG and P.O. cards, 33,33 + 33,33 + 33,34 included', () => {
    expect(lintCards([buildCard(), buildPoCard()], plan)).toEqual([]);
  });

  it('reports objective weights that do not sum to 100, as an error or, within the tolerance, a warning', () => {
    const objectives = buildPoCard().objectives;
    const off = buildPoCard({ objectives: objectives.map((objective) => ({ ...objective, weight: 30 })) });
    const slip = buildPoCard({ objectives: objectives.map((objective) => ({ ...objective, weight: 33.33 })) });
    const [error] = lintCards([off], plan);
    expect(summary([error as CardIssue])).toEqual(['error:card_objective_weights@cards[0].objectives']);
    expect(error?.message.it).toBe('I pesi degli obiettivi della scheda sommano a 90 invece di 100.');
    const [warning] = lintCards([slip], plan);
    expect(warning?.severity).toBe('warning');
    expect(warning?.message.it).toContain('99,99');
    expect(warning?.message.en).toContain('99.99');
  });

  it('reports component weights that do not sum to 100, and components a card cannot score', () => {
    const card = buildCard({ components: [{ key: 'entity_performance', weight: 20 }, { key: 'unit_performance', weight: 30 }, { key: 'behaviours', weight: 40 }] });
    expect(summary(lintCards([card], plan))).toEqual([
      'error:card_component_weights@cards[0].components',
      'error:card_unit_component_without_unit@cards[0].orgUnit',
      'error:card_behaviours_component_empty@cards[0].behaviours',
    ]);
  });

  it('takes the components from the policy when the card gives none', () => {
    const card = buildCard({ components: [] });
    expect(lintCards([card], plan)).toEqual([]);
    expect(summary(lintCards([card], plan, buildCardPolicy()))).toEqual(['error:card_components_missing@cards[0].components']);
    const policy = buildCardPolicy({ componentWeights: { sg: [{ key: 'objectives', weight: 70 }, { key: 'entity_performance', weight: 20 }] } });
    expect(summary(lintCards([card], plan, policy))).toEqual(['error:card_component_weights@cards[0].components']);
  });

  it('reports links to indicators and nodes the plan does not have, and indicators without a target for the year', () => {
    const card = buildCard({
      objectives: [
        { code: 'SG_1', title: 'Obiettivo', weight: 50, indicators: ['S1.1.a', 'GHOST'], nodes: ['A.1', 'Z.9'] },
        { code: 'SG_2', title: 'Obiettivo', weight: 50, indicators: ['KPI1'] },
      ],
    });
    const issues = lintCards([card], plan);
    expect(summary(issues)).toEqual([
      'error:card_unknown_indicator@cards[0].objectives[0].indicators[1]',
      'error:card_unknown_node@cards[0].objectives[0].nodes[1]',
      'warning:card_indicator_without_target@cards[0].objectives[1].indicators[0]',
    ]);
    expect(issues[0]?.message.en).toBe('Objective SG_1 links to indicator GHOST, which does not exist in the plan.');
    expect(issues[0]?.location).toEqual({ kind: 'card', code: 'SG-2021', path: 'cards[0].objectives[0].indicators[1]' });
  });

  it('reports a missing evaluator, an unknown unit, a year outside the plan and unmeasured objectives', () => {
    const card = buildPoCard({
      evaluator: undefined, orgUnit: 'NOWHERE', year: 2024,
      objectives: [{ code: 'PO_X', title: 'Obiettivo senza misure', weight: 100 }],
    });
    expect(summary(lintCards([card], plan))).toEqual([
      'error:card_year_outside_plan@cards[0].year',
      'warning:card_missing_evaluator@cards[0].evaluator',
      'error:card_unknown_org_unit@cards[0].orgUnit',
      'error:card_objective_unmeasured@cards[0].objectives[0]',
    ]);
  });

  it('reports duplicate card codes and a second card for the same person, role, unit and year', () => {
    const sg = buildCard();
    const issues = lintCards([sg, sg], plan);
    expect(summary(issues)).toEqual(['error:card_duplicate_code@cards[1]', 'warning:card_duplicate_role@cards[1]']);
    const acting = [buildCard({ code: 'A1', role: 'dirigente', orgUnit: 'SERV_RI' }), buildCard({ code: 'A2', role: 'dirigente', orgUnit: undefined })];
    expect(lintCards([sg, ...acting], plan)).toEqual([]);
  });

  it('checks behaviours against the dictionary and the rating scale', () => {
    const policy = buildCardPolicy({
      componentWeights: { po: [{ key: 'objectives', weight: 70 }, { key: 'behaviours', weight: 30 }] },
      behaviours: { po: [{ code: 'TEAM', label: { it: 'Lavoro di gruppo', en: 'Teamwork' } }] },
      ratingScale: { min: 1, max: 10 },
    });
    const card = buildPoCard({
      components: [],
      behaviours: [
        { code: 'TEAM', label: 'Lavoro di gruppo', rating: 8 },
        { code: 'ORAT', label: 'Oratoria', rating: 11.5 },
        { code: 'TEAM', label: 'Lavoro di gruppo', rating: 7 },
      ],
    });
    const issues = lintCards([card], plan, policy);
    expect(summary(issues)).toEqual([
      'warning:card_behaviour_not_in_dictionary@cards[0].behaviours[1]',
      'error:card_rating_out_of_scale@cards[0].behaviours[1].rating',
      'error:card_behaviour_duplicate_code@cards[0].behaviours[2]',
    ]);
    expect(issues[1]?.message.it).toBe('La valutazione 11,5 del comportamento ORAT è fuori dalla scala 1–10.');
  });

  it('warns when only some links of an objective carry a weight', () => {
    const card = buildCard({
      objectives: [{ code: 'SG_1', title: 'Obiettivo', weight: 100, indicators: [{ code: 'S1.1.a', weight: 70 }, 'SG_2.a'] }],
    });
    expect(summary(lintCards([card], plan))).toEqual(['warning:card_link_weights_partial@cards[0].objectives[0]']);
  });
});
