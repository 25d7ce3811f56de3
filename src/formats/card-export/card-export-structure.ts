/**
 * Second pass of the objective card reader: the lines become areas, objective cards (fields and
 * indicator rows) and individual cards. Only the "SCHEDE DI DETTAGLIO" parts are read when the
 * document has them (the "RIEPILOGO" tables repeat the same objectives); individual cards are read
 * wherever their header appears. Rows split by page breaks are merged cell by cell.
 */
import type { IssueCollector } from '../tree-export/import-warning.js';
import { leadingCode } from './card-export-cells.js';
import {
  codeDepth, isPlaceholderText, isTableHeader, matchArea, matchHeaderWord, matchLabel, matchPerson, parseCodeTitle,
  type LabelMatch,
} from './card-export-labels.js';
import { emptyTable, type CardDocument, type RawIndividualObjective, type RawObjective, type RawRow, type RawTable } from './card-export-model.js';
import { filled, flat, isBlank, type CardLine } from './card-export-text.js';
import { splitNameAndDescription } from './name-description.js';
import { labelWithoutValue, objectiveWithoutCode, orphanIndividualObjective } from './card-export-warnings.js';

const TIPOLOGIA = /\(\s*Tipologia\s*:/i;
const INDIVIDUAL_ROW = /^(?:\[\s*codice\s*\]?|\S+)\s+-\s+/i;

class CardStructure {
  readonly doc: CardDocument = { areas: [], objectives: [], cards: [] };
  private reading: boolean;
  private area: string | undefined;
  private context: string | undefined;
  private objective: RawObjective | null = null;
  private individual: RawIndividualObjective | null = null;
  private table: RawTable | null = null;
  private tabbed = false;
  private pending: { label: LabelMatch; line: number } | null = null;
  private lastField: ((text: string) => void) | null = null;

  constructor(private readonly issues: IssueCollector, hasDetailMarkers: boolean) {
    this.reading = !hasDetailMarkers;
  }

  consume(line: CardLine): void {
    if (isBlank(line)) return;
    const joined = flat(filled(line).join(' '));
    if (/^schede\s+di\s+dettaglio$/i.test(joined)) return this.restart(true);
    if (/^riepilogo$/i.test(joined)) return this.restart(false);
    const person = matchPerson(line);
    if (person) {
      this.restart(true);
      this.doc.cards.push({ ...person, line: line.line, objectives: [] });
      return;
    }
    if (this.reading) this.consumeReading(line, joined);
  }

  private consumeReading(line: CardLine, joined: string): void {
    const label = matchLabel(line);
    if (label) return this.takeLabel(label, line.line);
    if (this.pending) return this.resolvePending(filled(line).join('  '), line.line);
    if (isTableHeader(line)) return this.startTable(line);
    if (this.table && !this.tabbed && this.takeHeaderWord(joined)) return;
    const area = matchArea(joined);
    if (area) {
      this.close();
      this.area = area.code;
      this.doc.areas.push({ ...area, line: line.line });
      return;
    }
    if (this.takeObjectiveCode(line, joined)) return;
    if (line.heading) return this.close();
    if (this.table) return this.takeTableLine(line, joined);
    if (this.lastField && line.hasTabs) return this.lastField(joined);
    if (this.individual && !line.hasTabs && !isPlaceholderText(joined)) this.appendIndividualDescription(joined);
  }

  private restart(reading: boolean): void {
    this.close();
    this.reading = reading;
  }

  private close(): void {
    this.reportPending();
    this.objective = null;
    this.individual = null;
    this.table = null;
    this.lastField = null;
  }

  private reportPending(): void {
    if (this.pending) this.issues.warn('label_without_value', { line: this.pending.line }, labelWithoutValue(this.pending.label.key));
    this.pending = null;
  }

  private takeLabel(label: LabelMatch, line: number): void {
    this.reportPending();
    if (label.value === '' || (label.key === 'description' && isPlaceholderText(flat(label.value)))) {
      if (label.value === '') this.pending = { label, line };
      return;
    }
    this.applyLabel(label, line);
  }

  private resolvePending(joined: string, line: number): void {
    const { label } = this.pending as { label: LabelMatch };
    this.pending = null;
    this.applyLabel({ ...label, value: joined }, line);
  }

  private applyLabel(raw: LabelMatch, line: number): void {
    const label = raw.key === 'units' ? raw : { ...raw, value: flat(raw.value) };
    switch (label.key) {
      case 'strategic':
      case 'operational':
        return this.startObjective(label.key, label.value, line);
      case 'individual':
        return this.startIndividual(label, line);
      case 'weight':
        if (this.individual) this.individual.weightText = label.value;
        return;
      default:
        return this.applyField(label, line);
    }
  }

  private applyField(label: LabelMatch, line: number): void {
    const target = this.objective;
    if (target === null) {
      if (label.key === 'description' && this.individual && !isPlaceholderText(label.value)) this.appendIndividualDescription(label.value);
      return;
    }
    this.table = null;
    if (label.key === 'description') {
      target.description = label.value;
      this.lastField = (text) => { target.description = `${target.description ?? ''} ${text}`.trim(); };
    } else if (label.key === 'program') {
      target.program = label.value;
      this.lastField = null;
    } else if (label.key === 'resources') {
      target.resources = { year: label.year ?? 0, text: label.value, line };
      this.lastField = null;
    } else if (label.key === 'units') {
      target.units.push(...label.value.split(/\s{2,}|\s*\|\s*/).map(flat).filter((unit) => unit !== ''));
      this.lastField = null;
    }
  }

  private startObjective(kind: 'strategic' | 'operational', value: string, line: number): void {
    this.close();
    const parsed = parseCodeTitle(value);
    if (parsed === null) this.issues.error('objective_code_missing', { line }, objectiveWithoutCode(value));
    const objective: RawObjective = {
      kind, code: parsed?.code ?? null, title: parsed?.title ?? flat(value), line, units: [], tables: [],
      ...(kind === 'strategic' ? { area: this.area } : { context: this.context }),
    };
    if (kind === 'strategic' && parsed) this.context = parsed.code;
    this.doc.objectives.push(objective);
    this.objective = objective;
    this.lastField = (text) => { objective.title = `${objective.title} ${text}`.trim(); };
  }

  /** `1.1 - …` sets the strategic objective in force; `1.1.1 - …` without its label opens an operational card. */
  private takeObjectiveCode(line: CardLine, joined: string): boolean {
    const parsed = parseCodeTitle(line.cells.find((cell) => cell !== '') ?? '');
    if (parsed === null || (this.table && this.tabbed && !line.heading && filled(line).length > 1)) return false;
    const depth = codeDepth(parsed.code);
    if (depth === 3) {
      this.startObjective('operational', joined, line.line);
      return true;
    }
    if (depth !== 2) return false;
    this.close();
    this.context = parsed.code;
    if (!this.doc.objectives.some((objective) => objective.code === parsed.code)) {
      this.doc.objectives.push({ kind: 'strategic', code: parsed.code, title: parsed.title, line: line.line, area: this.area, units: [], tables: [] });
    }
    return true;
  }

  private startIndividual(label: LabelMatch, line: number): void {
    const card = this.doc.cards[this.doc.cards.length - 1];
    this.close();
    if (card === undefined) {
      this.issues.warn('individual_objective_without_card', { line }, orphanIndividualObjective(label.value));
      return;
    }
    const objective = parseIndividualObjective(label, line);
    card.objectives.push(objective);
    this.individual = objective;
  }

  private appendIndividualDescription(text: string): void {
    const objective = this.individual as RawIndividualObjective;
    if (objective.weightText !== undefined) return;
    objective.description = `${objective.description ?? ''} ${text}`.trim();
  }

  private startTable(line: CardLine): void {
    const owner = this.objective ?? this.individual;
    this.pending = null;
    this.lastField = null;
    if (owner === null) {
      this.table = null;
      return;
    }
    const table = emptyTable();
    this.tabbed = line.hasTabs;
    line.cells.forEach((cell, index) => {
      const word = matchHeaderWord(flat(cell));
      if (word?.baselineYear !== undefined) table.baselineYear = word.baselineYear;
      if (word?.targetYear !== undefined) {
        if (table.targetYears.length === 0) table.firstTargetColumn = index;
        table.targetYears.push(word.targetYear);
      }
    });
    if (table.targetYears.length === 0) table.firstTargetColumn = this.individual ? 2 : line.cells.length;
    owner.tables.push(table);
    this.table = table;
  }

  private takeHeaderWord(joined: string): boolean {
    const table = this.table as RawTable;
    if (table.linear.length > 0) return false;
    const word = matchHeaderWord(joined);
    if (word === null) return false;
    if (word.baselineYear !== undefined) table.baselineYear = word.baselineYear;
    if (word.targetYear !== undefined) table.targetYears.push(word.targetYear);
    return true;
  }

  private takeTableLine(line: CardLine, joined: string): void {
    const table = this.table as RawTable;
    if (!this.tabbed) {
      table.linear.push({ text: joined, line: line.line });
      return;
    }
    const row: RawRow = { cells: line.cells.map((cell) => cell), bold: line.bold, line: line.line };
    const previous = table.rows[table.rows.length - 1];
    if (previous && this.continues(previous, row, line.hasTabs)) mergeRow(previous, row);
    else if (line.hasTabs) table.rows.push(row);
  }

  private continues(previous: RawRow, row: RawRow, hasTabs: boolean): boolean {
    const first = (row.cells[0] ?? '').trim();
    if (this.individual) return !INDIVIDUAL_ROW.test(first);
    if (first === '') return true;
    if (TIPOLOGIA.test(previous.cells[0] ?? '')) return false;
    const lead = leadingCode(first);
    return (lead.code === null && !lead.placeholder) || !hasTabs;
  }
}

/**
 * `SG_1 - SG_1 Ob. Ind. SG - Consolidare …`, `PO2_1_2021 - PO2_1 Avvio revisione … Avvio revisione … dell'unità`:
 * the code, the title without the repeated code, and the description (the text after a bold title, or
 * after the title's repetition), `[descrizione]` placeholders dropped.
 */
export function parseIndividualObjective(label: LabelMatch, line: number): RawIndividualObjective {
  const text = flat(label.value.replace(/\[\s*descrizione\s*\]/gi, ' '));
  const { code, rest } = leadingCode(text);
  const body = (code === null ? text : rest).replace(/^-\s*/, '');
  const boldTitle = (label.bold ?? []).map((segment) => flat(leadingCode(segment).rest).replace(/^-\s*/, ''))
    .find((segment) => segment !== '' && body.startsWith(segment) && segment.length < body.length);
  const split = boldTitle === undefined ? splitNameAndDescription(body) : { name: boldTitle, description: body.slice(boldTitle.length) };
  const repeated = leadingCode(split.name);
  const title = repeated.code !== null && code !== null && code.startsWith(repeated.code) && repeated.rest !== '' ? repeated.rest : split.name;
  const description = flat(split.description ?? '');
  return { code, title: flat(title), line, tables: [], ...(description === '' ? {} : { description }) };
}

/** Appends a continuation row: the first cell keeps a name/description boundary, the others join with a space. */
export function mergeRow(into: RawRow, row: RawRow): void {
  const width = Math.max(into.cells.length, row.cells.length);
  for (let i = 0; i < width; i++) {
    const left = into.cells[i] ?? '';
    const right = row.cells[i] ?? '';
    into.cells[i] = right === '' ? left : left === '' ? right : `${left}${i === 0 ? '  ' : ' '}${right}`;
    into.bold[i] = [...(into.bold[i] ?? []), ...(row.bold[i] ?? [])];
  }
}

export function parseCardStructure(lines: readonly CardLine[], issues: IssueCollector): CardDocument {
  const hasDetailMarkers = lines.some((line) => /^schede\s+di\s+dettaglio$/i.test(flat(filled(line).join(' '))));
  const structure = new CardStructure(issues, hasDetailMarkers);
  for (const line of lines) structure.consume(line);
  return structure.doc;
}
