import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndicator, buildPlan } from '../core/plan/plan-factories.js';
import { findJsonSyntaxError } from './plan-file-json-syntax.js';
import { formatFileError, MAX_FILE_BYTES, readPlanFile, readPlanSource, readPolicyFile, writePlanFile } from './plan-file.js';

const planJson = (overrides: Parameters<typeof buildPlan>[0] = {}) => JSON.stringify(buildPlan(overrides), null, 2);

describe('readPlanFile', () => {
  it('reads a JSON plan and applies defaults', () => {
    const result = readPlanFile(planJson(), 'piano.json');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.nodes[2]).toMatchObject({ code: 'A.1.1', section: 'tree', links: [] });
  });

  it('reads the same plan written as YAML, by extension or by content', () => {
    const plan = buildPlan();
    const yamlText = writePlanFile(plan, 'yaml');
    expect(yamlText).toContain('format: traguardo.plan/v1');
    expect(readPlanFile(yamlText, 'piano.yaml')).toEqual({ ok: true, value: plan });
    expect(readPlanFile(yamlText, 'piano.txt')).toEqual({ ok: true, value: plan });
    expect(readPlanFile(writePlanFile(plan, 'json'), 'piano')).toEqual({ ok: true, value: plan });
  });

  it('locates a JSON syntax error by line and column', () => {
    const text = '{\n  "format": "traguardo.plan/v1",\n  "entity": { "code": "X", },\n}';
    const result = readPlanFile(text, 'rotto.json');
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'json_syntax', location: { file: 'rotto.json', line: 3, column: 28 } })] });
    if (!result.ok) {
      expect(result.errors[0]?.message.it).toBe('Errore di sintassi JSON: trovato carattere "}", atteso un altro elemento (virgola finale non ammessa).');
      expect(formatFileError(result.errors[0]!, 'en')).toBe('rotto.json:3:28: JSON syntax error: found character "}", expected another item (no trailing comma).');
    }
  });

  it('locates a YAML syntax error by line and column, in both languages', () => {
    const result = readPlanFile('format: traguardo.plan/v1\nentity:\n  code: X\n  code: Y\n', 'rotto.yaml');
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'yaml_syntax', location: { file: 'rotto.yaml', line: 4, column: 3 } })] });
    if (!result.ok) expect(result.errors[0]?.message).toEqual({ it: 'Errore di sintassi YAML: chiave duplicata.', en: 'YAML syntax error: Map keys must be unique.' });
  });

  it('reports schema errors with the field path and the line', () => {
    const plan = JSON.parse(planJson()) as { nodes: Record<string, unknown>[]; indicators: Record<string, unknown>[] };
    plan.nodes[1]!.weight = 'cinquanta';
    plan.indicators[0]!.colour = 'rosso';
    delete plan.indicators[0]!.name;
    const text = JSON.stringify(plan, null, 2);
    const result = readPlanFile(text, 'piano.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((error) => [error.location.path, error]));
    expect(byPath['nodes[1].weight']?.message).toEqual({ it: 'Tipo non valido: atteso un numero, trovato "cinquanta".', en: 'Invalid type: expected a number, found "cinquanta".' });
    expect(byPath['nodes[1].weight']?.location.line).toBe(text.split('\n').findIndex((line) => line.includes('"cinquanta"')) + 1);
    expect(byPath['indicators[0].name']?.message.en).toBe('Required field missing: expected a string.');
    expect(byPath['indicators[0].colour']?.message.it).toBe('Campo non previsto: "colour".');
    expect(byPath['indicators[0].colour']?.location.line).toBe(text.split('\n').findIndex((line) => line.includes('"rosso"')) + 1);
  });

  it('locates schema errors under numeric YAML keys', () => {
    const text = writePlanFile(buildPlan(), 'yaml').replace(/targets:\n(\s+)"?2026"?: .*\n/, 'targets:\n$1"2026": 12\n');
    const result = readPlanFile(text, 'piano.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ code: 'schema', location: { path: 'indicators[0].targets.2026', line: text.split('\n').findIndex((line) => line.includes('"2026": 12')) + 1 } });
  });

  it('reports referential errors after the schema, located', () => {
    const text = planJson({ indicators: [buildIndicator({ node: 'Z.9' })] });
    const result = readPlanFile(text, 'piano.json');
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'indicator_node_unknown', location: expect.objectContaining({ path: 'indicators[0].node', line: text.split('\n').findIndex((line) => line.includes('"Z.9"')) + 1 }) })] });
  });

  it('keeps warnings out of the reading result', () => {
    expect(readPlanFile(planJson({ indicators: [buildIndicator({ targets: { '2026': '>= 1', '2040': '>= 2' } })] }), 'p.json').ok).toBe(true);
  });

  it('refuses files over the size limit before parsing', () => {
    const result = readPlanFile(' '.repeat(MAX_FILE_BYTES + 1), 'enorme.json');
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'file_too_large', location: { file: 'enorme.json' } })] });
  });

  it('reports an unresolved YAML alias as a syntax error', () => {
    const result = readPlanFile('format: *nessuno\n', 'p.yaml');
    expect(result.ok ? 'ok' : result.errors[0]?.code).toBe('yaml_syntax');
  });
});

describe('readPlanSource', () => {
  it('stops at the schema and locates any field path', () => {
    const text = planJson({ indicators: [buildIndicator({ node: 'Z.9' })] });
    const result = readPlanSource(text, 'p.json');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.locate('indicators[0].node')?.line).toBe(text.split('\n').findIndex((line) => line.includes('"Z.9"')) + 1);
  });
});

describe('readPolicyFile', () => {
  it('reads a YAML policy, applying the defaults', () => {
    const result = readPolicyFile('meta:\n  entity: DEMO\n  year: 2026\ncap: 120\ntolerance:\n  threshold: 90\n', 'smvp.yaml');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toMatchObject({ format: 'traguardo.policy/v1', cap: 120, tolerance: { threshold: 90 }, rules: { atLeast: 'ratio' }, missingData: 'block' });
  });

  it('reports a wrong setting with its path, line and allowed values', () => {
    const result = readPolicyFile('{\n  "meta": { "entity": "DEMO", "year": 2026 },\n  "missingData": "ignore"\n}', 'smvp.json');
    expect(result).toEqual({ ok: false, errors: [{
      code: 'schema',
      location: { file: 'smvp.json', line: 3, column: 18, path: 'missingData' },
      message: { it: 'Valore non ammesso "ignore": ammessi "zero", "exclude", "block".', en: 'Value "ignore" not allowed: expected one of "zero", "exclude", "block".' },
    }] });
  });
});

describe('findJsonSyntaxError', () => {
  it('agrees with JSON.parse on arbitrary texts', () => {
    const jsonish = fc.oneof(fc.json(), fc.string(), fc.json().map((text) => text.slice(0, -1)), fc.json().map((text) => `${text},`));
    fc.assert(fc.property(jsonish, (text) => {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findJsonSyntaxError(text) === undefined).toBe(valid);
    }), { numRuns: 500 });
  });

  it('points at the end of a truncated document', () => {
    expect(findJsonSyntaxError('{"a": [1, 2')).toMatchObject({ offset: 11, found: undefined });
  });
});
