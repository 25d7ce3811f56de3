/**
 * Org units of the tree export: one per distinct unit code (`STAFF 6`, `S. 2.2` = `S.2.2`, `AREA I`).
 * The same unit is often spelt in several ways across the document (`SEGRETERIA` / `SEGRETTERIA`,
 * `QUALITÀ` / `QUALITA'`); the most frequent spelling becomes the name and the others are reported.
 */
import type { OrgUnit } from '../../core/plan/plan.schema.js';
import { excerpt, type IssueCollector } from './import-warning.js';
import type { RawNode, RawUnit } from './tree-export-structure.js';

export function normalizeUnitCode(code: string): string {
  return code.toUpperCase().replace(/\s+/g, ' ').replace(/\.\s+/g, '.').trim();
}

function nameKey(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f']/g, '').toUpperCase().replace(/\s+/g, ' ').trim();
}

function unitKind(code: string): OrgUnit['kind'] {
  if (/^AREA\b/.test(code)) return 'area';
  if (/^STAFF\b/.test(code)) return 'staff';
  if (/^(S\.|SERV)/.test(code)) return 'service';
  return 'office';
}

interface UnitEntry { code: string; names: Map<string, { count: number; line: number }> }

export interface UnitCatalogue {
  orgUnits: OrgUnit[];
  /** The org unit code for a unit as written in a node. */
  codeOf(unit: RawUnit): string;
}

function mostFrequent(names: UnitEntry['names']): string {
  let best = '';
  let bestCount = -1;
  for (const [name, { count }] of names) {
    if (count > bestCount) { best = name; bestCount = count; }
  }
  return best;
}

function generatedCode(unit: RawUnit, byName: Map<string, string>, issues: IssueCollector): string {
  const key = nameKey(unit.name);
  const existing = byName.get(key);
  if (existing !== undefined) return existing;
  const code = `UO${String(byName.size + 1).padStart(2, '0')}`;
  byName.set(key, code);
  issues.warn('unit_code_missing', { line: unit.line }, {
    it: `Unità organizzativa senza codice "${excerpt(unit.name)}": assegnato il codice ${code}.`,
    en: `Org unit without a code "${excerpt(unit.name)}": code ${code} assigned.`,
  });
  return code;
}

function reportVariants(entry: UnitEntry, chosen: string, issues: IssueCollector): void {
  const others = [...entry.names.entries()].filter(([name]) => name !== chosen);
  for (const [name, { line }] of others) {
    issues.warn('unit_name_variant', { line }, {
      it: `L'unità ${entry.code} è scritta "${excerpt(name)}" qui e "${excerpt(chosen)}" altrove: usato il secondo nome.`,
      en: `Unit ${entry.code} is spelt "${excerpt(name)}" here and "${excerpt(chosen)}" elsewhere: the latter is used.`,
    });
  }
}

export function buildUnitCatalogue(nodes: readonly RawNode[], issues: IssueCollector): UnitCatalogue {
  const entries = new Map<string, UnitEntry>();
  const byName = new Map<string, string>();
  const codes = new Map<RawUnit, string>();
  for (const unit of nodes.flatMap((node) => node.units)) {
    const code = unit.code === null ? generatedCode(unit, byName, issues) : normalizeUnitCode(unit.code);
    codes.set(unit, code);
    const entry = entries.get(code) ?? { code, names: new Map() };
    const seen = entry.names.get(unit.name);
    entry.names.set(unit.name, { count: (seen?.count ?? 0) + 1, line: seen?.line ?? unit.line });
    entries.set(code, entry);
  }
  const orgUnits: OrgUnit[] = [];
  for (const entry of entries.values()) {
    const name = mostFrequent(entry.names);
    reportVariants(entry, name, issues);
    orgUnits.push({ code: entry.code, name: name.slice(0, 300), kind: unitKind(entry.code) });
  }
  return { orgUnits, codeOf: (unit) => codes.get(unit) ?? normalizeUnitCode(unit.code ?? unit.name) };
}
