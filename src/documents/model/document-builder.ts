/**
 * Appends blocks to a document with numbered headings (1, 1.1, 1.1.1) and narrative sections: the
 * user's text when there is one (sanitised rich text), else the paragraph drafted from the data.
 */
import type { GeneratedParagraph, NarrativeRecord } from '../drafting/narrative.js';
import type { DocumentBlock, TableBlock, TableColumn, TableRow } from './document-model.js';
import { paragraph } from './document-model.js';
import { richTextBlocks } from './rich-text.js';

export class DocumentBuilder {
  readonly blocks: DocumentBlock[] = [];
  private readonly counters = [0, 0, 0];
  private readonly tableIds = new Set<string>();
  private readonly narrative: Map<string, NarrativeRecord>;
  private readonly drafts: Map<string, string>;

  constructor(narrative: readonly NarrativeRecord[] = [], drafts: readonly GeneratedParagraph[] = []) {
    this.narrative = new Map(narrative.map((record) => [record.sectionKey, record]));
    this.drafts = new Map(drafts.map((draft) => [draft.sectionKey, draft.text]));
  }

  push(...blocks: DocumentBlock[]): this {
    this.blocks.push(...blocks);
    return this;
  }

  /** A numbered heading: level 1 restarts the numbering of levels 2 and 3. */
  heading(level: 1 | 2 | 3, title: string): this {
    this.counters[level - 1] = (this.counters[level - 1] as number) + 1;
    for (let i = level; i < this.counters.length; i += 1) this.counters[i] = 0;
    const number = this.counters.slice(0, level).join('.');
    this.blocks.push({ kind: 'heading', level, text: `${number}${level === 1 ? '.' : ''} ${title}`, id: `h${number.replace(/\./g, '-')}` });
    return this;
  }

  paragraph(value: string, style?: 'normal' | 'note' | 'draft'): this {
    this.blocks.push(paragraph(value, style));
    return this;
  }

  /** Rich text (sanitised) as paragraphs and lists; nothing when empty. */
  richText(html: string | undefined): this {
    if (html !== undefined && html.trim() !== '') this.blocks.push(...richTextBlocks(html));
    return this;
  }

  /** The section's text: the user's edit if any, else the drafted paragraph. */
  narrativeSection(sectionKey: string): this {
    const userText = this.narrative.get(sectionKey)?.userText;
    if (userText !== undefined && userText.trim() !== '') return this.richText(userText);
    const draft = this.drafts.get(sectionKey);
    if (draft !== undefined) this.blocks.push(paragraph(draft));
    return this;
  }

  /** The user's text of a section that has no drafted paragraph (e.g. POLA), if any. */
  userText(sectionKey: string): string | undefined {
    const text = this.narrative.get(sectionKey)?.userText;
    return text !== undefined && text.trim() !== '' ? text : undefined;
  }

  /** A table with a unique id (a suffix is added to a repeated one). */
  table(id: string, title: string, columns: TableColumn[], rows: TableRow[]): this {
    let unique = id;
    for (let n = 2; this.tableIds.has(unique); n += 1) unique = `${id}-${n}`;
    this.tableIds.add(unique);
    const block: TableBlock = { kind: 'table', id: unique, title, columns, rows };
    this.blocks.push(block);
    return this;
  }

  pageBreak(): this {
    this.blocks.push({ kind: 'page_break' });
    return this;
  }
}

export const column = (key: string, width: number, align: TableColumn['align'] = 'left'): TableColumn => ({ key, width, align });
