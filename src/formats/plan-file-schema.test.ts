import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchemaFiles, SCHEMA_DIRECTORY } from '../../scripts/generate-schemas.js';

describe('generated JSON Schemas', () => {
  const files = buildSchemaFiles();

  it.each(Object.keys(files))('schema/%s equals a fresh generation (run `npm run schema` after changing a zod schema)', (name) => {
    const committed = readFileSync(join(SCHEMA_DIRECTORY, name), 'utf8');
    expect(committed).toBe(files[name]);
  });

  it('describes the plan format as a closed object with its required sections', () => {
    const plan = JSON.parse(files['plan.schema.json'] ?? '{}') as Record<string, unknown>;
    expect(plan).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://traguardo.example/schema/plan.schema.json',
      type: 'object',
      required: ['format', 'entity', 'plan'],
      additionalProperties: false,
      properties: { format: { const: 'traguardo.plan/v1' } },
    });
  });

  it('describes the policy with its defaults, as a file author may omit them', () => {
    const policy = JSON.parse(files['policy.schema.json'] ?? '{}') as { required?: string[]; properties: Record<string, { default?: unknown }> };
    expect(policy.required).toEqual(['meta']);
    expect(policy.properties.cap?.default).toBe(100);
  });
});
