/**
 * Documents benchmark (npm run bench:documents [-- --kpis N]): a Relazione of a synthetic plan of N
 * indicators (default 200, bench/generate-forest.ts), scored by the engine, built as a document model
 * and rendered as DOCX, PDF and XLSX. Each format: one cold run (module and font loading), then the
 * median of three (wall clock, and the process's CPU time, which a busy machine inflates less); the
 * time covers building the model and rendering the file.
 * Human lines first; the LAST line is JSON.
 */
import { documentInputFromPlan } from '../src/documents/document-input-from-plan.js';
import { tablesOf } from '../src/documents/model/document-model.js';
import { buildRelazioneModel } from '../src/documents/relazione/relazione-model.js';
import { DOCUMENT_FORMATS, renderDocument, type DocumentFormat } from '../src/documents/render/render-document.js';
import { defaultScoringPolicy } from '../src/core/scoring/policy.schema.js';
import { generateForest } from './generate-forest.js';

const argIndex = process.argv.indexOf('--kpis');
const kpis = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 200;
const year = 2026;

const ms = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

// The generator builds whole strategic objectives (29 indicators each): keep exactly the first N indicators.
const forest = generateForest({ indicators: kpis, seed: 11, year });
const plan = { ...forest, indicators: forest.indicators.slice(0, kpis) };
const input = documentInputFromPlan({ plan, policy: defaultScoringPolicy(plan.entity.code, year), year, locale: 'it' });
console.log(`plan: ${plan.indicators.length} indicators, ${plan.nodes.length} nodes, ${plan.orgUnits.length} units`);

async function timeFormat(format: DocumentFormat): Promise<{ cold: number; median: number; cpu: number; bytes: number; tables: number }> {
  const runs: number[] = [];
  const cpu: number[] = [];
  let bytes = 0;
  let tables = 0;
  for (let run = 0; run < 4; run += 1) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const model = buildRelazioneModel(input);
    const file = await renderDocument(model, format);
    runs.push(ms(start));
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    bytes = file.length;
    tables = tablesOf(model).length;
  }
  return { cold: runs[0] as number, median: median(runs.slice(1)), cpu: median(cpu.slice(1)), bytes, tables };
}

const results: Record<string, number> = {};
for (const format of DOCUMENT_FORMATS) {
  const timing = await timeFormat(format);
  console.log(`${format}: ${Math.round(timing.median)} ms (CPU ${Math.round(timing.cpu)} ms; cold ${Math.round(timing.cold)} ms), ${Math.round(timing.bytes / 1024)} KiB, ${timing.tables} tables`);
  results[`${format}Ms`] = Math.round(timing.median);
}
console.log(JSON.stringify({ indicators: plan.indicators.length, docxMs: results.docxMs, pdfMs: results.pdfMs, xlsxMs: results.xlsxMs }));
