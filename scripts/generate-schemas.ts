/**
 * Writes the JSON Schemas of the file formats from their zod schemas (the one source of truth):
 * schema/plan.schema.json and schema/policy.schema.json. Run by `npm run schema`; a unit test checks
 * that the committed files equal a fresh generation.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { PLAN_FORMAT, planSchema } from '../src/core/plan/plan.schema.js';
import { POLICY_FORMAT, scoringPolicySchema } from '../src/core/scoring/policy.schema.js';

export const SCHEMA_DIRECTORY = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'schema');

function schemaDocument(schema: z.ZodType, id: string, title: string, description: string): string {
  const { $schema, description: summary, ...body } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
  const document = { $schema, $id: id, title, description: `${description} ${summary ?? ''}`.trim(), ...body };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** File name → content of every generated schema. */
export function buildSchemaFiles(): Record<string, string> {
  return {
    'plan.schema.json': schemaDocument(planSchema, 'https://traguardo.example/schema/plan.schema.json', `Traguardo plan (${PLAN_FORMAT})`,
      'Piano della performance in formato Traguardo / Traguardo performance plan file. Documented in docs/formats/plan.md.'),
    'policy.schema.json': schemaDocument(scoringPolicySchema, 'https://traguardo.example/schema/policy.schema.json', `Traguardo scoring policy (${POLICY_FORMAT})`,
      'Politica di misurazione (SMVP) / scoring policy file.'),
  };
}

function main(): void {
  for (const [name, content] of Object.entries(buildSchemaFiles())) {
    const path = join(SCHEMA_DIRECTORY, name);
    writeFileSync(path, content);
    console.log(`scritto/written ${path}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
