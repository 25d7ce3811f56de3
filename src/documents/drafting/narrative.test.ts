import { describe, expect, it } from 'vitest';
import { buildRelazioneModel } from '../relazione/relazione-model.js';
import { demoDocumentInput } from '../testing/document-fixtures.js';
import { draftParagraphs } from './draft-paragraphs.js';
import { hashText, mergeNarrative, narrativeRecord, resolveConflict, type NarrativeRecord } from './narrative.js';

const record = (sectionKey: string, generatedText: string, userText?: string): NarrativeRecord =>
  ({ sectionKey, generatedText, generatedHash: hashText(generatedText), ...(userText === undefined ? {} : { userText }) });

describe('mergeNarrative', () => {
  it('adds new sections and updates untouched ones with the regenerated text', () => {
    const merge = mergeNarrative([record('a', 'old a')], [{ sectionKey: 'a', text: 'new a' }, { sectionKey: 'b', text: 'new b' }]);
    expect(merge.records).toEqual([record('a', 'new a'), record('b', 'new b')]);
    expect(merge).toMatchObject({ conflicts: [], updated: ['a'], orphaned: [] });
  });

  it('keeps an edited section untouched when its generated text did not change', () => {
    const edited = record('a', 'same text', '<p>Testo <strong>rivisto</strong></p>');
    const merge = mergeNarrative([edited], [{ sectionKey: 'a', text: 'same text' }]);
    expect(merge.records).toEqual([edited]);
    expect(merge.conflicts).toEqual([]);
    expect(merge.updated).toEqual([]);
  });

  it('never overwrites an edit when the data changed: it returns a conflict and keeps the user text', () => {
    const edited = record('relazione.results', 'Dei 10 indicatori, 9 risultano raggiunti.', 'Testo scritto dalla STP');
    const merge = mergeNarrative([edited], [{ sectionKey: 'relazione.results', text: 'Dei 10 indicatori, 8 risultano raggiunti.' }]);
    expect(merge.records).toEqual([edited]);
    expect(merge.conflicts).toEqual([{
      sectionKey: 'relazione.results', userText: 'Testo scritto dalla STP',
      previousGenerated: 'Dei 10 indicatori, 9 risultano raggiunti.', regenerated: 'Dei 10 indicatori, 8 risultano raggiunti.',
      regeneratedHash: hashText('Dei 10 indicatori, 8 risultano raggiunti.'),
    }]);
  });

  it('keeps edited sections that are no longer generated and drops untouched ones', () => {
    const merge = mergeNarrative([record('gone', 'x', 'kept by the user'), record('stale', 'y')], [{ sectionKey: 'a', text: 'z' }]);
    expect(merge.records.map((item) => item.sectionKey)).toEqual(['a', 'gone']);
    expect(merge.orphaned).toEqual(['gone']);
  });

  it('resolves a conflict by keeping the edit on the new base (no conflict next time) or by taking the new text', () => {
    const edited = record('a', 'old', 'mine');
    const [conflict] = mergeNarrative([edited], [{ sectionKey: 'a', text: 'new' }]).conflicts;
    const kept = resolveConflict(edited, conflict!, 'keep');
    expect(kept).toEqual(record('a', 'new', 'mine'));
    expect(mergeNarrative([kept], [{ sectionKey: 'a', text: 'new' }]).conflicts).toEqual([]);
    expect(resolveConflict(edited, conflict!, 'replace')).toEqual(record('a', 'new'));
  });

  it('regenerating from the same data gives the same hashes (no spurious conflicts)', () => {
    const input = demoDocumentInput('it');
    const first = draftParagraphs(input, 'relazione').map(narrativeRecord);
    const again = draftParagraphs(demoDocumentInput('it'), 'relazione');
    const edited = first.map((item) => ({ ...item, userText: `Rivisto: ${item.generatedText}` }));
    const merge = mergeNarrative(edited, again);
    expect(merge.conflicts).toEqual([]);
    expect(merge.records).toEqual(edited);
  });

  it('the document shows the user text (sanitised) in place of the drafted paragraph', () => {
    const input = demoDocumentInput('it');
    const narrative = [record('relazione.deviations', 'generated', '<p onclick="x()">Scostamento <script>alert(1)</script>spiegato <em>bene</em></p>')];
    const model = buildRelazioneModel({ ...input, narrative });
    const texts = model.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.runs.map((run) => run.text).join('')] : []));
    expect(texts).toContain('Scostamento spiegato bene');
    expect(texts.some((text) => text.includes('alert'))).toBe(false);
    const drafted = draftParagraphs(input, 'relazione').find((draft) => draft.sectionKey === 'relazione.deviations')?.text;
    expect(texts).not.toContain(drafted);
  });
});
