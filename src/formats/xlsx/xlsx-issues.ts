/**
 * Problems found while reading a workbook, located by sheet, row and column ("Foglio Indicatori,
 * riga 14, colonna Target 2022"), and the map from a plan field path (`indicators[3].targets.2026`)
 * back to the cell it came from, so schema, validation and lint findings point at cells too.
 */
import type { Bilingual } from './xlsx-kinds.js';

export interface SheetLocation {
  file?: string;
  sheet?: string;
  /** 1-based row of the sheet. */
  row?: number;
  /** The column's header as written in the file. */
  column?: string;
  /** The cell address, e.g. `C14`. */
  cell?: string;
  /** Field path in the produced plan, e.g. `indicators[3].targets.2026`. */
  path?: string;
}

export interface XlsxIssue {
  code: string;
  severity: 'error' | 'warning';
  location: SheetLocation;
  message: Bilingual;
}

/** "Foglio Indicatori, riga 14, colonna Target 2022" / "Sheet Indicatori, row 14, column Target 2022". */
export function describeSheetLocation(location: SheetLocation): Bilingual {
  const it: string[] = [];
  const en: string[] = [];
  if (location.sheet !== undefined) { it.push(`Foglio ${location.sheet}`); en.push(`Sheet ${location.sheet}`); }
  if (location.row !== undefined) { it.push(`riga ${location.row}`); en.push(`row ${location.row}`); }
  if (location.column !== undefined) { it.push(`colonna ${location.column}`); en.push(`column ${location.column}`); }
  if (it.length === 0 && location.file !== undefined) return { it: location.file, en: location.file };
  return { it: it.join(', '), en: en.join(', ') };
}

/** `Foglio Indicatori, riga 14, colonna Target 2022: message`. */
export function formatXlsxIssue(issue: XlsxIssue, locale: 'it' | 'en'): string {
  const where = describeSheetLocation(issue.location)[locale];
  return where === '' ? issue.message[locale] : `${where}: ${issue.message[locale]}`;
}

export class XlsxIssues {
  readonly warnings: XlsxIssue[] = [];
  readonly errors: XlsxIssue[] = [];

  constructor(private readonly file?: string) {}

  add(severity: 'error' | 'warning', code: string, location: SheetLocation, message: Bilingual): void {
    const issue: XlsxIssue = { code, severity, location: this.file === undefined ? location : { file: this.file, ...location }, message };
    (severity === 'error' ? this.errors : this.warnings).push(issue);
  }

  error(code: string, location: SheetLocation, message: Bilingual): void {
    this.add('error', code, location, message);
  }

  warn(code: string, location: SheetLocation, message: Bilingual): void {
    this.add('warning', code, location, message);
  }
}

/** Removes the last segment of a field path: `a[3].b` → `a[3]` → `a`. */
function parentPath(path: string): string | undefined {
  const match = /^(.*?)(?:\.[^.[\]]+|\[\d+\])$/.exec(path);
  return match && match[1] !== '' ? match[1] : undefined;
}

/** Where each field path of the assembled plan came from; a path not recorded falls back to its parent's row. */
export class CellMap {
  private readonly places = new Map<string, SheetLocation>();

  set(path: string, location: SheetLocation): void {
    this.places.set(path, location);
  }

  locate(path: string): SheetLocation | undefined {
    for (let current: string | undefined = path; current !== undefined; current = parentPath(current)) {
      const found = this.places.get(current);
      if (found) return { ...found, path };
    }
    return undefined;
  }
}
