/**
 * The editor's plain-text markup for narrative sections, and back: paragraphs separated by a blank
 * line, `**bold**`, `*italic*`, lines starting with "- " as a list. `markupToHtml` writes only the safe
 * subset the documents accept (p, strong, em, ul, li; text escaped); the server sanitises again.
 * `htmlToMarkup` reads a saved text (that subset) back into the editor.
 */

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\*(.+?)\*/g, '<em>$1</em>');
}

function block(lines: string[]): string {
  if (lines.every((line) => line.startsWith('- '))) return `<ul>${lines.map((line) => `<li>${inline(line.slice(2).trim())}</li>`).join('')}</ul>`;
  return `<p>${lines.map((line) => inline(line.trim())).join('<br>')}</p>`;
}

export function markupToHtml(markup: string): string {
  const blocks = markup.replace(/\r\n?/g, '\n').split(/\n\s*\n/)
    .map((chunk) => chunk.split('\n').filter((line) => line.trim() !== ''))
    .filter((lines) => lines.length > 0);
  return blocks.map(block).join('');
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
}

function inlineBack(html: string): string {
  return decode(html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<(strong|b)>(.*?)<\/\1>/gi, '**$2**')
    .replace(/<(em|i)>(.*?)<\/\1>/gi, '*$2*')
    .replace(/<[^>]+>/g, ''));
}

export function htmlToMarkup(html: string): string {
  const parts: string[] = [];
  const pattern = /<(p|ul|ol|h3|h4)>([\s\S]*?)<\/\1>/gi;
  let match: RegExpExecArray | null;
  let last = 0;
  while ((match = pattern.exec(html)) !== null) {
    const before = html.slice(last, match.index).trim();
    if (before) parts.push(inlineBack(before));
    const [, tag, inner] = match;
    if (tag!.toLowerCase() === 'ul' || tag!.toLowerCase() === 'ol') {
      parts.push([...inner!.matchAll(/<li>([\s\S]*?)<\/li>/gi)].map((item) => `- ${inlineBack(item[1]!).trim()}`).join('\n'));
    } else {
      parts.push(inlineBack(inner!).trim());
    }
    last = match.index + match[0].length;
  }
  const rest = html.slice(last).trim();
  if (rest) parts.push(inlineBack(rest));
  return parts.filter((part) => part !== '').join('\n\n');
}
