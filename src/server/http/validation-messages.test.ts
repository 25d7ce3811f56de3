import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { fieldErrorsOf, type ValidationIssue } from './validation-messages.js';

/** The issues fastify-type-provider-zod hands to the error handler for `input` against `schema`. */
function issuesOf(schema: z.ZodType, input: unknown): ValidationIssue[] {
  const validate = validatorCompiler({ schema, method: 'POST', url: '/test', httpPart: 'body' });
  const result = validate(input) as { error?: unknown };
  if (!result.error) throw new Error('expected the input to be invalid');
  return result.error as ValidationIssue[];
}

const body = z.strictObject({
  title: z.string().min(3).max(5),
  weight: z.number().min(0).max(100),
  share: z.number().gt(0),
  tags: z.array(z.string()).min(1),
  kind: z.enum(['area', 'office']),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  nested: z.strictObject({ code: z.string() }),
});

describe('field errors of schema validation', () => {
  it('names every problem with its path, a stable code and a message in both languages', () => {
    const errors = fieldErrorsOf(issuesOf(body, {
      title: 'ab', weight: 101, share: 0, tags: [], kind: 'unit', date: '01/02/2026', nested: { code: 7, extra: true }, surprise: 1,
    }));
    const byPath = Object.fromEntries(errors.map((error) => [error.path, error]));
    expect(byPath.title).toEqual({ path: 'title', code: 'too_small', messages: { it: 'Almeno 3 caratteri.', en: 'At least 3 characters.' } });
    expect(byPath.weight!.messages).toEqual({ it: 'Deve essere minore o uguale a 100.', en: 'Must be less than or equal to 100.' });
    expect(byPath.share!.messages).toEqual({ it: 'Deve essere maggiore di 0.', en: 'Must be greater than 0.' });
    expect(byPath.tags!.messages).toEqual({ it: 'Almeno 1 elementi.', en: 'At least 1 items.' });
    expect(byPath.kind).toMatchObject({ code: 'invalid_value', messages: { en: 'Value not allowed; allowed: area, office.' } });
    expect(byPath.date).toMatchObject({ code: 'invalid_format' });
    expect(byPath['nested.code']).toMatchObject({ code: 'invalid_type', messages: { it: 'Deve essere un testo.', en: 'Must be a string.' } });
    expect(byPath['nested.extra']).toMatchObject({ code: 'unknown_field' });
    expect(byPath.surprise).toEqual({ path: 'surprise', code: 'unknown_field', messages: { it: 'Campo non previsto: surprise.', en: 'Unknown field: surprise.' } });
  });

  it('tells a missing field from a wrong type, and prefixes query and URL parameters', () => {
    const errors = fieldErrorsOf(issuesOf(z.strictObject({ limit: z.number(), id: z.string() }), { id: 3 }), 'querystring');
    expect(errors.map((error) => [error.path, error.code])).toEqual([['query.limit', 'required'], ['query.id', 'invalid_type']]);
    expect(fieldErrorsOf(issuesOf(z.strictObject({ id: z.uuid() }), { id: 'x' }), 'params')[0]!.path).toBe('params.id');
  });
});
