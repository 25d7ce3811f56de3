import { describe, expect, it } from 'vitest';
import { buildIndicator, buildMeasure, buildNode, buildPlan, buildTreeNodes } from './plan-factories.js';
import { validatePlan } from './plan-validation.js';

const codes = (issues: ReturnType<typeof validatePlan>) => issues.map((issue) => `${issue.code}@${issue.location.path}`);

describe('validatePlan', () => {
  it('accepts a sound plan', () => {
    expect(validatePlan(buildPlan())).toEqual([]);
  });

  it('reports duplicate codes in every coded section, at the second occurrence', () => {
    const plan = buildPlan({
      orgUnits: [{ code: 'U1', name: 'Ufficio' }, { code: 'U1', name: 'Altro' }],
      nodes: [...buildTreeNodes(), buildNode()],
      indicators: [buildIndicator(), buildIndicator()],
      measures: [buildMeasure(), buildMeasure()],
      periods: [{ code: 'P1', year: 2026, end: '2026-04-30' }, { code: 'P1', year: 2026, end: '2026-08-31' }],
    });
    const issues = validatePlan(plan);
    expect(codes(issues)).toEqual(expect.arrayContaining([
      'duplicate_code@orgUnits[1].code', 'duplicate_code@nodes[3].code', 'duplicate_code@indicators[1].code',
      'duplicate_code@measures[1].code', 'duplicate_code@periods[1].code',
    ]));
    const node = issues.find((issue) => issue.location.path === 'nodes[3].code');
    expect(node).toMatchObject({ severity: 'error', location: { kind: 'node', code: 'A.1.1' } });
    expect(node?.message.it).toContain('nodes[2]');
    expect(node?.message.en).toContain('Duplicate code');
  });

  it('requires the parent to exist and to be one level up', () => {
    const plan = buildPlan({
      nodes: [
        ...buildTreeNodes(),
        buildNode({ code: 'A.1.2', parent: 'A.9' }),
        buildNode({ code: 'A.1.3', parent: 'A' }),
        buildNode({ code: 'A.2', level: 'strategic_objective', parent: undefined }),
      ],
    });
    expect(codes(validatePlan(plan))).toEqual([
      'node_parent_unknown@nodes[3].parent', 'node_parent_level@nodes[4].parent', 'node_parent_missing@nodes[5].parent',
    ]);
  });

  it('requires tree nodes to carry one of the plan levels', () => {
    const plan = buildPlan({
      nodes: [...buildTreeNodes(), buildNode({ code: 'X', level: undefined }), buildNode({ code: 'Y', level: 'action', parent: 'A.1.1' })],
    });
    expect(codes(validatePlan(plan))).toEqual(['node_level_missing@nodes[3].level', 'node_level_unknown@nodes[4].level']);
  });

  it('lets entity and unit objectives live outside the level schema', () => {
    const plan = buildPlan({ nodes: [...buildTreeNodes(), buildNode({ code: 'OE1', section: 'entity', level: undefined, parent: undefined })] });
    expect(validatePlan(plan)).toEqual([]);
  });

  it('reports a parent cycle once, listing its members', () => {
    const plan = buildPlan({
      nodes: [
        buildNode({ code: 'E1', section: 'entity', level: undefined, parent: 'E2' }),
        buildNode({ code: 'E2', section: 'entity', level: undefined, parent: 'E1' }),
      ],
      indicators: [buildIndicator({ node: 'E1' })],
    });
    const issues = validatePlan(plan);
    expect(codes(issues)).toEqual(['parent_cycle@nodes[0].parent']);
    expect(issues[0]?.message.en).toBe('Cycle in the hierarchy: E1 → E2 → E1.');
  });

  it('reports cycles among org units and unknown units on nodes', () => {
    const plan = buildPlan({
      orgUnits: [{ code: 'U1', name: 'Uno', parent: 'U2' }, { code: 'U2', name: 'Due', parent: 'U1' }],
      nodes: [...buildTreeNodes().slice(0, 2), buildNode({ units: { responsible: ['U1'], involved: ['U9'] } })],
    });
    expect(codes(validatePlan(plan))).toEqual(['org_unit_unknown@nodes[2].units.involved[0]', 'parent_cycle@orgUnits[0].parent']);
  });

  it('reports indicators on missing nodes and links to missing nodes', () => {
    const plan = buildPlan({
      nodes: [...buildTreeNodes().slice(0, 2), buildNode({ links: ['NOPE'] })],
      indicators: [buildIndicator({ node: 'Z.9' })],
    });
    expect(codes(validatePlan(plan))).toEqual(['node_link_unknown@nodes[2].links[0]', 'indicator_node_unknown@indicators[0].node']);
  });

  it('warns about targets for years outside the plan', () => {
    const plan = buildPlan({ indicators: [buildIndicator({ targets: { '2026': '>= 1', '2031': '>= 2' } })] });
    const issues = validatePlan(plan);
    expect(codes(issues)).toEqual(['year_outside_plan@indicators[0].targets.2031']);
    expect(issues[0]?.severity).toBe('warning');
  });

  it('checks values against measures, periods and types', () => {
    const plan = buildPlan({
      measures: [buildMeasure(), buildMeasure({ code: 'DONE', name: 'Fatto', unit: 'boolean' })],
      periods: [{ code: '2026-1', year: 2026, end: '2026-04-30' }],
      values: [
        { measure: 'PRAT', year: 2026, value: 10 },
        { measure: 'NOPE', year: 2026, value: 1 },
        { measure: 'DONE', year: 2026, value: 3 },
        { measure: 'PRAT', year: 2025, period: '2026-1', value: 4 },
        { measure: 'PRAT', year: 2026, period: 'P9', value: 4 },
        { measure: 'PRAT', year: 2026, value: 11 },
        { measure: 'PRAT', year: 2026, value: 12, state: 'rejected' },
        { measure: 'PRAT', year: 2026, value: 13, state: 'draft' },
        { measure: 'PRAT', year: 2025, value: 8 },
      ],
    });
    expect(codes(validatePlan(plan))).toEqual([
      'value_measure_unknown@values[1].measure', 'value_type_mismatch@values[2].value', 'period_year_mismatch@values[3].period',
      'period_unknown@values[4].period', 'value_duplicate@values[5].measure',
    ]);
    expect(validatePlan(plan).find((issue) => issue.code === 'value_duplicate')?.severity).toBe('warning');
  });

  it('checks period dates and final periods', () => {
    const plan = buildPlan({
      periods: [
        { code: 'a', year: 2026, end: '2026-02-30' },
        { code: 'b', year: 2026, end: '2027-01-15' },
        { code: 'c', year: 2026, end: '2026-12-31', final: true },
        { code: 'd', year: 2026, end: '2026-12-31', final: true },
      ],
    });
    expect(codes(validatePlan(plan))).toEqual(['date_invalid@periods[0].end', 'period_end_year@periods[1].end', 'period_final_duplicate@periods[3].final']);
  });

  it('checks suspensions and manual achievements', () => {
    const plan = buildPlan({
      suspensions: [
        { target: { kind: 'indicator', code: 'KPI1' }, year: 2026, reason: 'Fusione sospesa dal TAR' },
        { target: { kind: 'node', code: 'B.1' }, year: 2026, reason: 'x' },
        { target: { kind: 'indicator', code: 'KPI1' }, year: 2019, reason: 'x' },
      ],
      manualAchievements: [
        { target: { kind: 'indicator', code: 'KPI1' }, year: 2026, achievement: 80, justification: 'Relazione del dirigente' },
        { target: { kind: 'indicator', code: 'KPI7' }, year: 2026, period: 'P1', achievement: 80, justification: 'x' },
      ],
    });
    expect(codes(validatePlan(plan))).toEqual([
      'suspension_target_unknown@suspensions[1].target.code', 'year_outside_plan@suspensions[2].year',
      'manual_achievement_target_unknown@manualAchievements[1].target.code', 'period_unknown@manualAchievements[1].period',
    ]);
  });

  it('checks the plan header', () => {
    const plan = buildPlan();
    plan.plan.firstYear = 2027;
    plan.plan.levels.push({ key: 'strategic_area', codeRequired: true });
    expect(codes(validatePlan(plan))).toEqual(expect.arrayContaining(['plan_years_inverted@plan.lastYear', 'level_duplicate@plan.levels[3]']));
  });
});
