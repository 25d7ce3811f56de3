/**
 * `traguardo report` on a plan file (no database): once as a child process (the real command line),
 * then in process through the same commander registration (fast): each format, the English version,
 * and bad input answered with exit 2 and a bilingual message.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { formatNumber } from '../../core/numbers/format-number.js';
import { defaultScoringPolicy } from '../../core/scoring/policy.schema.js';
import { scorePlan } from '../../core/scoring/score-plan.js';
import { readPlanFile } from '../../formats/plan-file.js';
import { EXAMPLE_PLAN, runCli } from '../../cli/commands/cli-test-support.js';
import { registerReportCommand } from '../../cli/commands/report.js';
import { pdfText, requireDocumentTools } from '../testing/document-tools.js';
import { zipEntryNames } from '../testing/zip-entries.js';
import { parse } from 'yaml';
import { RELAZIONE_SECTIONS } from '../drafting/draft-paragraphs.js';

const folder = mkdtempSync(join(tmpdir(), 'traguardo-report-'));
const out = (name: string): string => join(folder, name);

/** Runs `traguardo report …` in this process; the exit code as main.ts would set it. */
async function report(...args: string[]): Promise<{ code: number; stderr: string }> {
  const program = new Command('traguardo').exitOverride();
  registerReportCommand(program);
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  process.exitCode = undefined;
  let code = 0;
  try {
    await program.parseAsync(['node', 'traguardo', 'report', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    code = 2;
  } finally {
    spy.mockRestore();
    process.exitCode = undefined;
  }
  return { code, stderr };
}

function exampleScores() {
  const read = readPlanFile(readFileSync(EXAMPLE_PLAN, 'utf8'), EXAMPLE_PLAN);
  if (!read.ok) throw new Error('the example plan does not read');
  return scorePlan(read.value, defaultScoringPolicy('DEMO', 2026), { year: 2026 });
}

describe('traguardo report --plan-file', { timeout: 240_000 }, () => {
  beforeAll(() => requireDocumentTools());

  it('writes the Relazione as PDF with the engine\'s entity score', async () => {
    const run = await runCli('report', 'relazione', '--plan-file', EXAMPLE_PLAN, '--year', '2026', '-o', out('relazione.pdf'));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`scritto ${out('relazione.pdf')} (Relazione sulla performance 2026, DEMO, PDF,`);
    const text = pdfText(out('relazione.pdf')).replace(/\s+/g, ' ');
    const entity = exampleScores().entity;
    expect(text).toContain(`Performance organizzativa dell'ente ${formatNumber(entity.rounded as number, 'it', 2)}`);
  });

  it('takes the format from the extension or --format, and writes English with --locale en', async () => {
    const docx = await report('piano', '--plan-file', EXAMPLE_PLAN, '-o', out('piano.docx'));
    const xlsx = await report('relazione', '--plan-file', EXAMPLE_PLAN, '--format', 'xlsx', '-o', out('relazione.bin'));
    const english = await report('relazione', '--plan-file', EXAMPLE_PLAN, '--locale', 'en', '-o', out('report.pdf'));
    expect([docx.code, xlsx.code, english.code]).toEqual([0, 0, 0]);
    expect(zipEntryNames(readFileSync(out('piano.docx')))).toContain('word/document.xml');
    expect(zipEntryNames(readFileSync(out('relazione.bin')))).toContain('xl/workbook.xml');
    expect(english.stderr).toContain('wrote');
    const text = pdfText(out('report.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('Performance Report 2026');
    expect(text).toContain(`Organisational performance of the entity ${formatNumber(exampleScores().entity.rounded as number, 'en', 2)}`);
  });

  it('shows the texts file (profile, user texts) and writes it back with the drafts, keeping edits and warning on stale ones', async () => {
    writeFileSync(out('testi.yaml'), [
      'narrative:',
      '  - sectionKey: relazione.deviations',
      '    userText: "<p>Gli scostamenti sono <strong>spiegati</strong> dai responsabili.</p>"',
      '  - sectionKey: relazione.results',
      '    userText: Testo scritto su dati vecchi',
      '    generatedText: La performance era diversa.',
      '',
    ].join('\n'));
    const run = await report('relazione', '--plan-file', EXAMPLE_PLAN, '--texts', out('testi.yaml'), '--write-texts', out('testi-nuovi.yaml'), '-o', out('con-testi.pdf'));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('attenzione: sezione relazione.results: i dati sono cambiati');
    expect(run.stderr).not.toContain('sezione relazione.deviations');
    const text = pdfText(out('con-testi.pdf')).replace(/\s+/g, ' ');
    expect(text).toContain('Gli scostamenti sono spiegati dai responsabili.');
    expect(text).toContain('Testo scritto su dati vecchi');
    const written = parse(readFileSync(out('testi-nuovi.yaml'), 'utf8')) as { narrative: Array<{ sectionKey: string; userText?: string; generatedText: string }> };
    expect(written.narrative.map((item) => item.sectionKey).sort()).toEqual([...RELAZIONE_SECTIONS].sort());
    expect(written.narrative.find((item) => item.sectionKey === 'relazione.results')).toMatchObject({ userText: 'Testo scritto su dati vecchi', generatedText: 'La performance era diversa.' });
    expect(written.narrative.find((item) => item.sectionKey === 'relazione.deviations')?.userText).toContain('spiegati');
  });

  it('answers bad input with exit 2, a message in both languages and no file', async () => {
    const cases: Array<[string[], string]> = [
      [['relazione', '--plan-file', EXAMPLE_PLAN, '-o', out('a.txt')], 'Formato non indicato'],
      [['bilancio', '--plan-file', EXAMPLE_PLAN, '-o', out('b.pdf')], 'Documento sconosciuto "bilancio"'],
      [['relazione', '--plan-file', EXAMPLE_PLAN, '--year', '2031', '-o', out('c.pdf')], "L'anno 2031 è fuori dal piano (2026–2028)."],
      [['relazione', '-o', out('d.pdf')], 'Indica --entity CODICE (dal database) oppure --plan-file FILE.'],
      [['relazione', '--plan-file', out('missing.json'), '-o', out('e.pdf')], 'File non trovato'],
    ];
    const runs = [];
    for (const [args] of cases) runs.push(await report(...args));
    runs.forEach((run, i) => {
      expect(run.code, cases[i]![1]).toBe(2);
      expect(run.stderr).toContain(cases[i]![1]);
    });
    expect(runs[1]!.stderr).toContain('Unknown document "bilancio"');
    for (const name of ['a.txt', 'b.pdf', 'c.pdf', 'd.pdf', 'e.pdf']) expect(existsSync(out(name))).toBe(false);
  });
});
