/** OIV validation, sample, frozen results: bodies, queries, responses, presenters. */
import { z } from 'zod';
import { CHECKLIST_ANSWERS, CHECKLIST_ITEMS } from '../../../core/cycle/index.js';
import type { AttachmentMeta } from '../../services/attachment.js';
import type { SnapshotRow } from '../../services/snapshot.js';
import type { ValueRow } from '../../services/value-entry-slot.js';
import { version } from '../common.schema.js';

export const validateBody = z.strictObject({
  version,
  notes: z.string().trim().min(1).max(20_000).describe('The OIV\'s notes on the validation'),
  checklist: z.array(z.strictObject({
    item: z.enum(CHECKLIST_ITEMS), answer: z.enum(CHECKLIST_ANSWERS), note: z.string().max(4000).optional(),
  })).max(CHECKLIST_ITEMS.length * 2).describe('Data-reliability checklist: every item answered; negative answers need a note'),
  sample: z.strictObject({ seed: z.number().int().min(0).max(4_294_967_295), valueIds: z.array(z.string().uuid()).max(500) }).optional()
    .describe('The sample of values checked (as drawn by …/validation-sample)'),
});

export const sampleQuery = z.strictObject({
  size: z.coerce.number().int().min(1).max(200).default(20),
  seed: z.coerce.number().int().min(0).max(4_294_967_295).default(1).describe('Same seed, same sample'),
});

export const attachmentResponse = z.object({
  id: z.string().uuid(), valueId: z.string().uuid(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int(), sha256: z.string(),
  uploadedBy: z.string().nullable(), uploadedAt: z.string(),
}).meta({ id: 'EvidenceAttachment' });

export const valueResponse = z.object({
  id: z.string().uuid(), measure: z.string(), year: z.number().int(), period: z.string().describe('Period code; empty for the final value of the year'),
  value: z.union([z.number(), z.boolean(), z.string()]), state: z.string(),
  note: z.string().nullable(), source: z.string().nullable(), enteredBy: z.string().nullable(), enteredAt: z.string(),
  reviewedBy: z.string().nullable(), reviewedAt: z.string().nullable(), reviewNote: z.string().nullable(), version: z.number().int(),
}).meta({ id: 'MeasuredValue' });

export const sampleResponse = z.object({
  seed: z.number().int(), population: z.number().int(),
  items: z.array(z.object({ value: valueResponse, attachments: z.array(attachmentResponse) })),
});

export const snapshotResponse = z.object({
  year: z.number().int(), scoredHash: z.string(), planHash: z.string(), createdAt: z.string(), createdBy: z.string().nullable(),
  policy: z.unknown(), scored: z.unknown().describe('The frozen ScoredPlan'),
}).meta({ id: 'FrozenResults' });

const difference = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });
export const recomputeResponse = z.object({
  identical: z.boolean().describe('Recomputed from the data as stored now, the results equal the frozen ones'),
  reproducible: z.boolean().describe('Recomputed from the stored inputs, the results equal the frozen ones'),
  inputsUnchanged: z.boolean().describe('The data the year depends on is unchanged since freezing'),
  frozen: z.object({ scoredHash: z.string(), planHash: z.string(), at: z.string() }),
  recomputed: z.object({ scoredHash: z.string(), planHash: z.string() }),
  differences: z.array(difference),
}).meta({ id: 'RecomputeCheck' });

export function presentValue(row: ValueRow): z.infer<typeof valueResponse> {
  return {
    id: row.id, measure: row.measureCode, year: row.year, period: row.periodCode, value: row.value as number | boolean | string, state: row.state,
    note: row.note, source: row.source, enteredBy: row.enteredBy, enteredAt: row.enteredAt.toISOString(),
    reviewedBy: row.reviewedBy, reviewedAt: row.reviewedAt?.toISOString() ?? null, reviewNote: row.reviewNote, version: row.version,
  };
}

export function presentAttachment(row: AttachmentMeta): z.infer<typeof attachmentResponse> {
  return {
    id: row.id, valueId: row.valueId, fileName: row.fileName, mediaType: row.mediaType, sizeBytes: row.sizeBytes, sha256: row.sha256,
    uploadedBy: row.uploadedBy, uploadedAt: row.uploadedAt.toISOString(),
  };
}

export function presentSnapshot(row: SnapshotRow): z.infer<typeof snapshotResponse> {
  return {
    year: row.year, scoredHash: row.scoredHash, planHash: row.planHash, createdAt: row.createdAt.toISOString(), createdBy: row.createdBy,
    policy: row.policy, scored: JSON.parse(row.scored) as unknown,
  };
}
