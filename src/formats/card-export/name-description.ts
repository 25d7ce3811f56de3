/**
 * The application prints an item's name and its description one after the other in the same cell,
 * with nothing but layout between them. The boundary is recovered from, in order: a run of two
 * spaces (a paragraph or small-print boundary in the source); the description repeating the name's
 * first words; a capitalised word that starts a sentence ("… economici Misura la % …") when the text
 * after it reuses most of the name's words. When none applies the whole text is the name.
 */

export interface NameAndDescription { name: string; description?: string }

const REPEAT_WORDS = 4;
/** Words too common to tell whether a description speaks of the same thing as the name. */
const FUNCTION_WORDS = new Set(['del', 'dei', 'degli', 'della', 'delle', 'dello', 'per', 'con', 'sul', 'sui', 'nel', 'nei', 'nella', 'nelle', 'alla', 'alle', 'agli', 'dal', 'dai', 'dalla', 'che', 'una', 'uno', 'the', 'and']);

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

function significant(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}%]+|[^\p{L}\p{N}%]+$/gu, '');
}

function result(name: string, description: string): NameAndDescription {
  const cleanName = name.trim();
  const cleanDescription = description.trim();
  if (cleanName === '') return { name: cleanDescription };
  return cleanDescription === '' ? { name: cleanName } : { name: cleanName, description: cleanDescription };
}

/**
 * The description starts by repeating the name's first words (same capitalisation of the first); a
 * leading code in the name (`PO2_2 N. aggiornamenti … N. aggiornamenti …`) is skipped.
 */
function splitByRepetition(list: readonly string[]): number | null {
  const offsets = /[_\d]/.test(list[0] ?? '') ? [0, 1] : [0];
  for (let i = 2; i < list.length; i++) {
    for (const offset of offsets) {
      const count = Math.min(i - offset, REPEAT_WORDS);
      if (i + count > list.length || count < 1) continue;
      let same = (list[i] as string)[0] === (list[offset] as string)[0];
      for (let k = 0; k < count && same; k++) same = significant(list[i + k] as string) === significant(list[offset + k] as string);
      if (same) return i;
    }
  }
  return null;
}

function isSentenceStart(word: string, next: string | undefined): boolean {
  return /^\p{Lu}\p{Ll}+/u.test(word) && next !== undefined && /^[\p{Ll}%(]/u.test(next);
}

function splitBySentence(list: readonly string[]): number | null {
  let best: { index: number; score: number } | null = null;
  for (let i = 2; i < list.length; i++) {
    if (!isSentenceStart(list[i] as string, list[i + 1])) continue;
    const nameWords = new Set(list.slice(0, i).map(significant).filter((word) => word.length >= 3 && !FUNCTION_WORDS.has(word)));
    const rest = new Set(list.slice(i).map(significant));
    const score = [...nameWords].filter((word) => rest.has(word)).length;
    const enough = score * 2 >= nameWords.size || (score >= 2 && score * 4 >= nameWords.size);
    if (score >= 1 && enough && (best === null || score > best.score)) best = { index: i, score };
  }
  return best?.index ?? null;
}

export function splitNameAndDescription(text: string): NameAndDescription {
  const trimmed = text.trim();
  const boundary = trimmed.indexOf('  ');
  if (boundary > 0) return result(trimmed.slice(0, boundary), trimmed.slice(boundary).replace(/\s+/g, ' '));
  const list = words(trimmed);
  const at = splitByRepetition(list) ?? splitBySentence(list);
  if (at === null) return { name: list.join(' ') };
  return result(list.slice(0, at).join(' '), list.slice(at).join(' '));
}
