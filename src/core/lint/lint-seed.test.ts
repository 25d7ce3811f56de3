import { describe, expect, it } from 'vitest';
import { buildPlan } from '../plan/plan-factories.js';
import type { PlanInput } from '../plan/plan.schema.js';
import { convertProseFormula } from '../prose/prose-formula.js';
import { parseYearTargets } from '../target/target-parser.js';
import { validatePlan } from '../plan/plan-validation.js';
import { lintPlan } from './lint-plan.js';
import { readSeed } from '../../test-support/seeds.js';


const HEADING = /^(?:#+ |\*\*)(Area strategica|Obiettivo strategico|Programma|Obiettivo operativo|Azione): ([^*]+?)\**$/;
const KPI_HEADER = 'Indicatori testo\tAlgoritmo\tPeso\tStato\tTarget';

type NodeInput = NonNullable<PlanInput['nodes']>[number];
type LevelKey = NonNullable<NodeInput['level']>;

const LEVELS: Record<string, LevelKey> = {
  'Area strategica': 'strategic_area',
  'Obiettivo strategico': 'strategic_objective',
  Programma: 'program',
  'Obiettivo operativo': 'operational_objective',
  Azione: 'action',
};
const ORDER: LevelKey[] = ['strategic_area', 'strategic_objective', 'program', 'operational_objective', 'action'];

/** The node a heading opens: its code (programs have a name only: `P` + the strategic objective's code), level and parent. */
function headingNode(kind: string, rest: string, open: Map<LevelKey, string>): NodeInput {
  const level = LEVELS[kind] as LevelKey;
  const depth = ORDER.indexOf(level);
  const parent = depth > 0 ? open.get(ORDER[depth - 1] as LevelKey) : undefined;
  const code = level === 'program' ? `P${open.get('strategic_objective')}` : (rest.split(' ')[0] ?? '').replace(/\.$/, '');
  for (const deeper of ORDER.slice(depth)) open.delete(deeper);
  open.set(level, code);
  return { code, title: rest, level, ...(parent === undefined ? {} : { parent }) };
}

function indicatorOf(node: string, position: number, cells: string[], measures: Set<string>): NonNullable<PlanInput['indicators']>[number] {
  const [name, prose, weight, stato, target] = cells as [string, string, string, string, string];
  const conversion = convertProseFormula(prose);
  if (conversion.confidence === 'high') conversion.measureNames.forEach((measure) => measures.add(measure));
  const split = target.startsWith('Anno:') ? parseYearTargets(target) : { ok: true as const, targets: { 2021: target } };
  const baseline = /^[\d.,]+$/.test(stato) ? Number(stato.replace(/\./g, '').replace(',', '.')) : undefined;
  return {
    code: `${node}/${position}`, node, name, formulaProse: prose,
    ...(conversion.confidence === 'high' && conversion.canonical !== null ? { formula: conversion.canonical } : {}),
    weight: Number(weight.replace(',', '.')),
    unit: /%/.test(target) && !/\+/.test(target) ? 'percent' : 'number',
    ...(baseline === undefined ? {} : { baseline: { year: 2020, value: baseline } }),
    targets: split.ok ? { ...split.targets } : { 2021: target },
  };
}

/**
 * Seed 004 (Lecce) as a plan: the tree of its headings (area → strategic objective → program →
 * operational objective → action) and the rows of its KPI tables with weight, baseline ("Stato") and
 * per-year targets as the document writes them; prose formulas converted to canonical ones where the
 * converter is confident, over measures named as the prose names them. Blank lines (page
 * breaks) do not end a table, so tables split across pages are merged as a reader would.
 */
function seedPlan(text: string): Pick<PlanInput, 'nodes' | 'indicators' | 'measures'> {
  const nodes: NodeInput[] = [];
  const indicators: NonNullable<PlanInput['indicators']> = [];
  const measures = new Set<string>();
  const open = new Map<LevelKey, string>();
  let node: string | undefined;
  let inTable = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/<\/?b>/g, '').replace(/\r$/, '').trim();
    const heading = HEADING.exec(line);
    if (heading?.[1] && heading[2]) {
      const opened = headingNode(heading[1], heading[2].trim(), open);
      node = opened.code;
      if (!nodes.some((existing) => existing.code === node)) nodes.push(opened);
      inTable = false;
      continue;
    }
    if (line.startsWith(KPI_HEADER)) inTable = true;
    else if (inTable && line !== '') {
      const cells = raw.split('\t').map((cell) => cell.trim());
      if (cells.length !== 5 || node === undefined) inTable = false;
      else indicators.push(indicatorOf(node, indicators.filter((indicator) => indicator.node === node).length + 1, cells, measures));
    }
  }
  return { nodes, indicators, measures: [...measures].map((name, i) => ({ code: `M${i + 1}`, name })) };
}

describe('lint on the KPI tables of seed 004 (Lecce, Piano 2021–2023)', () => {
  const input = seedPlan(readSeed('004_30336ea7c660fe63.txt'));
  const plan = buildPlan({ ...input, plan: { title: 'Piano della performance 2021–2023', firstYear: 2021, lastYear: 2023, levels: ORDER.map((key) => ({ key })) } });
  const findings = lintPlan(plan);
  const codes = (code: string) => findings.filter((finding) => finding.code === code);

  it('reads the tree and the 93 indicators the seed README describes, with sound references', () => {
    const byLevel = (level: string) => plan.nodes.filter((node) => node.level === level).length;
    expect([byLevel('strategic_area'), byLevel('strategic_objective'), byLevel('program'), byLevel('operational_objective'), byLevel('action')])
      .toEqual([3, 5, 5, 13, 31]);
    expect(plan.indicators).toHaveLength(93);
    expect(validatePlan(plan)).toEqual([]);
  });

  it('finds every weight group summing to 100 once page-split tables are merged, and every target readable', () => {
    expect([...codes('weights_sum'), ...codes('weight_missing'), ...codes('target_syntax')]).toEqual([]);
  });

  it('flags the usage indices ×100 with targets of 5% and 20%', () => {
    const found = codes('index_target_low');
    expect(found.map((finding) => finding.location.code)).toEqual(['B.1.2.2/1', 'B.1.2.2/2']);
    expect(found[0]?.message.it).toContain('è raggiunto anche dopo un calo del 95%');
    expect(found[1]?.message.en).toContain('met even after a 80% fall');
  });

  it('flags "<= 0" on the payment timeliness index', () => {
    const found = codes('ratio_nonpositive_target');
    expect(found.map((finding) => `${finding.location.code} ${plan.indicators.find((i) => i.code === finding.location.code)?.name}`))
      .toEqual(['C.1.2.3/1 Indice di tempestività dei pagamenti']);
  });

  it('flags ">=" cost-index targets that fall over the years', () => {
    expect(codes('polarity_inverted').map((finding) => finding.location.code)).toEqual(['C.2/1', 'C.2/4']);
  });

  it('flags trend indicators without a baseline, as errors', () => {
    const found = [...codes('growth_without_baseline'), ...codes('trend_without_baseline')];
    expect(found.map((finding) => finding.location.code).sort()).toEqual(['A.1.3.2/1', 'A.1.4.3/1', 'A.1/5', 'C.1.1.4/1', 'C.2/1', 'C.2/4', 'C.2/5', 'C.2/6']);
    expect(found.every((finding) => finding.severity === 'error')).toBe(true);
  });

  it('flags targets on another scale than the baseline ("Stato") the document gives', () => {
    expect(codes('target_scale_mismatch').map((finding) => finding.location.code)).toEqual(['B.1.1.1/1', 'C.1.1.6/1', 'C.1.1.6/2', 'C.1.1.6/4']);
  });
});
