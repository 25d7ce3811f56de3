/**
 * Turns zod's issues into located, bilingual messages for people editing a plan or policy file.
 * zod's own messages are English only and say little about the value found, so they are rebuilt from
 * the issue's fields and the value at the issue's path.
 */
import type { z } from 'zod';

export interface SchemaProblem {
  path: (string | number)[];
  message: { it: string; en: string };
}

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, { it: string; en: string }> = {
  string: { it: 'un testo', en: 'a string' },
  number: { it: 'un numero', en: 'a number' },
  int: { it: 'un numero intero', en: 'an integer' },
  boolean: { it: 'un valore vero/falso (true/false)', en: 'a true/false value' },
  array: { it: 'una lista', en: 'a list' },
  object: { it: 'un oggetto', en: 'an object' },
  record: { it: 'un oggetto', en: 'an object' },
  null: { it: 'null', en: 'null' },
};

function typeName(expected: string): { it: string; en: string } {
  return typeNames[expected] ?? { it: expected, en: expected };
}

function describeValue(value: unknown): { it: string; en: string } {
  if (value === undefined) return { it: 'nessun valore', en: 'nothing' };
  if (value === null) return { it: 'null', en: 'null' };
  if (Array.isArray(value)) return { it: 'una lista', en: 'a list' };
  if (typeof value === 'object') return { it: 'un oggetto', en: 'an object' };
  const shown = JSON.stringify(value);
  const text = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
  return { it: text, en: text };
}

export function valueAtPath(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function pathOf(issue: Issue): (string | number)[] {
  return issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
}

function describeInvalidType(issue: Extract<Issue, { code: 'invalid_type' }>, found: unknown): SchemaProblem['message'] {
  const expected = typeName(issue.expected);
  if (found === undefined) return { it: `Campo obbligatorio mancante: atteso ${expected.it}.`, en: `Required field missing: expected ${expected.en}.` };
  const value = describeValue(found);
  return { it: `Tipo non valido: atteso ${expected.it}, trovato ${value.it}.`, en: `Invalid type: expected ${expected.en}, found ${value.en}.` };
}

function describeBound(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): SchemaProblem['message'] {
  const small = issue.code === 'too_small';
  const limit = String(small ? issue.minimum : issue.maximum);
  const strict = issue.inclusive === false;
  if (issue.origin === 'string') {
    return small
      ? { it: `Testo troppo corto: almeno ${limit} caratteri.`, en: `Text too short: at least ${limit} characters.` }
      : { it: `Testo troppo lungo: al massimo ${limit} caratteri.`, en: `Text too long: at most ${limit} characters.` };
  }
  if (issue.origin === 'array') {
    return small
      ? { it: `Troppo pochi elementi: almeno ${limit}.`, en: `Too few items: at least ${limit}.` }
      : { it: `Troppi elementi: al massimo ${limit}.`, en: `Too many items: at most ${limit}.` };
  }
  if (small) return { it: `Valore troppo piccolo: deve essere ${strict ? '>' : '≥'} ${limit}.`, en: `Value too small: must be ${strict ? '>' : '>='} ${limit}.` };
  return { it: `Valore troppo grande: deve essere ${strict ? '<' : '≤'} ${limit}.`, en: `Value too large: must be ${strict ? '<' : '<='} ${limit}.` };
}

const formatHints: Record<string, { it: string; en: string }> = {
  'expected YYYY-MM-DD': { it: 'attesa una data AAAA-MM-GG', en: 'expected a date YYYY-MM-DD' },
  'expected a four-digit year': { it: 'atteso un anno di quattro cifre', en: 'expected a four-digit year' },
};

function describeFormat(issue: Extract<Issue, { code: 'invalid_format' }>, found: unknown): SchemaProblem['message'] {
  const hint = formatHints[issue.message] ?? { it: `formato atteso: ${issue.pattern ?? issue.format}`, en: `expected format: ${issue.pattern ?? issue.format}` };
  const value = describeValue(found);
  return { it: `Formato non valido (${hint.it}): trovato ${value.it}.`, en: `Invalid format (${hint.en}): found ${value.en}.` };
}

function describeIssue(issue: Issue, data: unknown): SchemaProblem[] {
  const path = pathOf(issue);
  const found = valueAtPath(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, message: describeInvalidType(issue, found) }];
    case 'too_small':
    case 'too_big':
      return [{ path, message: describeBound(issue) }];
    case 'invalid_format':
      return [{ path, message: describeFormat(issue, found) }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: { it: `Campo non previsto: "${key}".`, en: `Unknown field: "${key}".` },
      }));
    case 'invalid_value': {
      const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
      const value = describeValue(found);
      return [{ path, message: { it: `Valore non ammesso ${value.it}: ammessi ${allowed}.`, en: `Value ${value.en} not allowed: expected one of ${allowed}.` } }];
    }
    case 'invalid_key': {
      const key = String(issue.path[issue.path.length - 1] ?? '');
      const inner = issue.issues[0] ? describeIssue(issue.issues[0], key)[0]?.message : undefined;
      return [{ path, message: { it: `Chiave "${key}" non valida${inner ? `: ${inner.it}` : '.'}`, en: `Invalid key "${key}"${inner ? `: ${inner.en}` : '.'}` } }];
    }
    case 'invalid_union': {
      const value = describeValue(found);
      return [{ path, message: { it: `Valore non valido: ${value.it} non corrisponde a nessuna delle forme ammesse.`, en: `Invalid value: ${value.en} matches none of the allowed forms.` } }];
    }
    default:
      return [{ path, message: { it: `Valore non valido: ${issue.message}.`, en: `Invalid value: ${issue.message}.` } }];
  }
}

export function describeSchemaIssues(issues: readonly Issue[], data: unknown): SchemaProblem[] {
  return issues.flatMap((issue) => describeIssue(issue, data));
}
