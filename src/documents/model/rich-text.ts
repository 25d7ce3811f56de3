/**
 * Rich text (node descriptions, narrative sections) into document blocks. The HTML is sanitised
 * first (sanitize-html: a small allow-list of tags, no attributes, no scripts or styles), then read
 * as paragraphs, bold/italic runs and lists. Anything outside the allow-list keeps only its text.
 */
import sanitizeHtml from 'sanitize-html';
import type { ListBlock, ParagraphBlock, TextRun } from './document-model.js';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'h3', 'h4'];

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, { allowedTags: ALLOWED_TAGS, allowedAttributes: {}, disallowedTagsMode: 'discard' });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface Reader {
  blocks: Array<ParagraphBlock | ListBlock>;
  runs: TextRun[];
  bold: number;
  italic: number;
  list: ListBlock | null;
}

function flush(reader: Reader): void {
  const runs = trimRuns(reader.runs);
  reader.runs = [];
  if (runs.length === 0) return;
  if (reader.list) reader.list.items.push(runs);
  else reader.blocks.push({ kind: 'paragraph', runs });
}

function trimRuns(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += run.text;
    else merged.push({ ...run });
  }
  const first = merged[0];
  if (first) first.text = first.text.replace(/^\s+/, '');
  const last = merged[merged.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return merged.filter((run) => run.text.length > 0);
}

function openTag(reader: Reader, tag: string): void {
  if (tag === 'strong' || tag === 'b' || tag === 'h3' || tag === 'h4') reader.bold += 1;
  else if (tag === 'em' || tag === 'i') reader.italic += 1;
  else if (tag === 'ul' || tag === 'ol') {
    flush(reader);
    reader.list = { kind: 'list', ordered: tag === 'ol', items: [] };
  } else if (tag === 'p' || tag === 'li') flush(reader);
  else if (tag === 'br') reader.runs.push({ text: '\n' });
}

function closeTag(reader: Reader, tag: string): void {
  if (tag === 'strong' || tag === 'b') reader.bold = Math.max(0, reader.bold - 1);
  else if (tag === 'em' || tag === 'i') reader.italic = Math.max(0, reader.italic - 1);
  else if (tag === 'h3' || tag === 'h4') {
    reader.bold = Math.max(0, reader.bold - 1);
    flush(reader);
  } else if (tag === 'p' || tag === 'li') flush(reader);
  else if ((tag === 'ul' || tag === 'ol') && reader.list) {
    flush(reader);
    if (reader.list.items.length > 0) reader.blocks.push(reader.list);
    reader.list = null;
  }
}

/** Paragraphs and lists of a rich text (sanitised first). */
export function richTextBlocks(html: string): Array<ParagraphBlock | ListBlock> {
  const clean = sanitizeRichText(html);
  const reader: Reader = { blocks: [], runs: [], bold: 0, italic: 0, list: null };
  const pattern = /<(\/?)([a-z0-9]+)\s*\/?>|([^<]+)/gi;
  for (const match of clean.matchAll(pattern)) {
    const [, closing, tag, textPart] = match;
    if (textPart !== undefined) {
      const value = decodeEntities(textPart.replace(/\s+/g, ' '));
      reader.runs.push({ text: value, ...(reader.bold > 0 ? { bold: true } : {}), ...(reader.italic > 0 ? { italic: true } : {}) });
    } else if (tag !== undefined) {
      if (closing) closeTag(reader, tag.toLowerCase());
      else openTag(reader, tag.toLowerCase());
    }
  }
  if (reader.list) closeTag(reader, reader.list.ordered ? 'ol' : 'ul');
  flush(reader);
  return reader.blocks;
}

/** The text of a rich text on one line (for table cells). */
export function richTextPlain(html: string): string {
  return richTextBlocks(html)
    .map((block) => (block.kind === 'paragraph'
      ? block.runs.map((run) => run.text).join('')
      : block.items.map((item) => `• ${item.map((run) => run.text).join('')}`).join(' ')))
    .join(' ')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}
