/**
 * Second pass of the tree export reader: the classified lines become raw nodes (code, title,
 * description, involved units, KPI rows) linked to their parents. The hierarchy comes from the
 * keywords (Area strategica → Obiettivo strategico → Programma → Obiettivo operativo → Azione), so a
 * KPI table split by a page break, or a units list split in two, is merged into the same node.
 */
import type { LevelKey } from '../../core/plan/plan.schema.js';
import { excerpt, type IssueCollector } from './import-warning.js';
import type { TreeLine } from './tree-export-lines.js';

export const TREE_LEVELS: readonly LevelKey[] = ['strategic_area', 'strategic_objective', 'program', 'operational_objective', 'action'];

export interface RawUnit { code: string | null; name: string; line: number }
export interface RawKpiRow { cells: string[]; line: number }

export interface RawNode {
  level: LevelKey;
  /** As written (trailing dot removed); null for programs, which have a name only. */
  code: string | null;
  title: string;
  line: number;
  description: string[];
  units: RawUnit[];
  kpis: RawKpiRow[];
  /** Index of the parent in the node list; null for areas and orphans. */
  parent: number | null;
}

type Section = 'description' | 'units' | 'kpi' | 'ignored';

const UNIT_CODE = /^((?:[A-Z]+\.?\s*)(?:\d+(?:\.\d+)*|[IVX]+\b))\s+(.+)$/;
const NODE_CODE = /^(?:[A-Z]{1,3}|[A-Za-z0-9]*\d[A-Za-z0-9]*)(?:\.[A-Za-z0-9]+)*$/;

/** Splits `A.1.4.1. Servizi certificativi` into its code and title. */
export function splitCodeAndTitle(rest: string): { code: string | null; title: string } {
  const match = /^(\S+)\s+(.+)$/.exec(rest);
  const token = (match?.[1] ?? rest).replace(/\.$/, '');
  if (NODE_CODE.test(token)) return { code: token, title: (match?.[2] ?? '').trim() };
  return { code: null, title: rest.trim() };
}

/** Reads `STAFF 6 PROMOZIONE…`, `S. 2.2<tab>SPORTELLO…`, `- S.1.4 PERFORMANCE`. */
export function parseUnitLine(cells: readonly string[], line: number): RawUnit | null {
  const nonEmpty = cells.map((cell) => cell.replace(/^[-•]\s+/, '').trim()).filter((cell) => cell !== '' && !/^-+$/.test(cell));
  if (nonEmpty.length === 0) return null;
  const first = nonEmpty[0] as string;
  if (nonEmpty.length >= 2 && first.length <= 20 && !/[a-z]/.test(first)) {
    return { code: first, name: nonEmpty.slice(1).join(' '), line };
  }
  const joined = nonEmpty.join(' ');
  const match = UNIT_CODE.exec(joined);
  if (match) return { code: (match[1] as string).trim(), name: (match[2] as string).trim(), line };
  return { code: null, name: joined, line };
}

class StructureBuilder {
  readonly nodes: RawNode[] = [];
  private section: Section = 'ignored';
  private paragraph: string[] = [];
  private readonly open = new Map<number, number>();

  constructor(private readonly issues: IssueCollector) {}

  consume(entry: TreeLine): void {
    switch (entry.kind) {
      case 'node': return this.startNode(entry.level, entry.rest, entry.line);
      case 'section': return this.startSection(entry.section, entry.line);
      case 'header': return this.startTable(entry.line);
      case 'row': return this.takeCells(entry.cells, entry.line);
      case 'text': return this.takeCells([entry.text], entry.line);
      case 'blank':
      case 'separator':
        return this.flushParagraph();
    }
  }

  finish(): RawNode[] {
    this.flushParagraph();
    return this.nodes;
  }

  private get current(): RawNode | undefined {
    return this.nodes[this.nodes.length - 1];
  }

  private startNode(level: LevelKey, rest: string, line: number): void {
    this.flushParagraph();
    const depth = TREE_LEVELS.indexOf(level);
    const { code, title } = level === 'program' ? { code: null, title: rest } : splitCodeAndTitle(rest);
    const node: RawNode = { level, code, title, line, description: [], units: [], kpis: [], parent: this.parentFor(depth, line) };
    if (code === null && level !== 'program') this.reportMissingCode(level, rest, line);
    if (title === '') this.issues.warn('node_title_missing', { line }, { it: 'Intestazione senza titolo.', en: 'Heading without a title.' });
    this.nodes.push(node);
    for (const key of [...this.open.keys()]) if (key >= depth) this.open.delete(key);
    this.open.set(depth, this.nodes.length - 1);
    this.section = 'description';
  }

  private parentFor(depth: number, line: number): number | null {
    if (depth === 0) return null;
    const depths = [...this.open.keys()].filter((key) => key < depth);
    if (depths.length === 0) {
      this.issues.error('node_orphan', { line }, {
        it: `Il nodo non ha un livello superiore: manca un'intestazione "${levelLabel(TREE_LEVELS[depth - 1])}" prima di questa riga.`,
        en: `The node has no parent: a "${levelLabel(TREE_LEVELS[depth - 1])}" heading is missing before this line.`,
      });
      return null;
    }
    const parentDepth = Math.max(...depths);
    if (parentDepth !== depth - 1) {
      this.issues.warn('level_skipped', { line }, {
        it: `Manca il livello "${levelLabel(TREE_LEVELS[depth - 1])}" tra questo nodo e il suo superiore.`,
        en: `The level "${levelLabel(TREE_LEVELS[depth - 1])}" is missing between this node and its parent.`,
      });
    }
    return this.open.get(parentDepth) ?? null;
  }

  private reportMissingCode(level: LevelKey, rest: string, line: number): void {
    this.issues.error('node_code_missing', { line }, {
      it: `Codice mancante nell'intestazione "${levelLabel(level)}: ${excerpt(rest)}".`,
      en: `Missing code in the heading "${levelLabel(level)}: ${excerpt(rest)}".`,
    });
  }

  private startSection(section: 'units' | 'kpi', line: number): void {
    this.flushParagraph();
    if (this.current === undefined) {
      this.issues.warn('section_outside_node', { line }, {
        it: 'Sezione che precede qualsiasi obiettivo: ignorata.',
        en: 'Section before any objective: ignored.',
      });
      this.section = 'ignored';
      return;
    }
    this.section = section;
  }

  private startTable(line: number): void {
    this.flushParagraph();
    if (this.section !== 'kpi') this.startSection('kpi', line);
  }

  private takeCells(cells: string[], line: number): void {
    const node = this.current;
    if (node === undefined || this.section === 'ignored') return;
    if (this.section === 'description') {
      this.paragraph.push(cells.filter((cell) => cell !== '').join(' '));
    } else if (this.section === 'units') {
      const unit = parseUnitLine(cells, line);
      if (unit) node.units.push(unit);
    } else if (cells.length > 1) {
      node.kpis.push({ cells, line });
    } else {
      this.issues.warn('kpi_stray_text', { line }, {
        it: `Testo fuori tabella nella sezione KPI, ignorato: "${excerpt(cells.join(' '))}".`,
        en: `Text outside the table in the KPI section, ignored: "${excerpt(cells.join(' '))}".`,
      });
    }
  }

  private flushParagraph(): void {
    const node = this.current;
    if (node && this.paragraph.length > 0) node.description.push(this.paragraph.join('\n'));
    this.paragraph = [];
  }
}

export function levelLabel(level: LevelKey | undefined): string {
  switch (level) {
    case 'strategic_area': return 'Area strategica';
    case 'strategic_objective': return 'Obiettivo strategico';
    case 'program': return 'Programma';
    case 'operational_objective': return 'Obiettivo operativo';
    case 'action': return 'Azione';
    default: return '?';
  }
}

export function parseTreeStructure(lines: readonly TreeLine[], issues: IssueCollector): RawNode[] {
  const builder = new StructureBuilder(issues);
  for (const entry of lines) builder.consume(entry);
  return builder.finish();
}
