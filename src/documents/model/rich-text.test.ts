import { describe, expect, it } from 'vitest';
import { richTextBlocks, richTextPlain, sanitizeRichText } from './rich-text.js';

describe('rich text', () => {
  it('removes scripts, styles, event handlers and links, keeping their text only where it is content', () => {
    const clean = sanitizeRichText('<p style="color:red" onclick="steal()">Ciao <a href="javascript:x()">link</a><script>alert(1)</script><img src=x onerror=y></p>');
    expect(clean).toBe('<p>Ciao link</p>');
  });

  it('reads paragraphs with bold and italic runs', () => {
    expect(richTextBlocks('<p>La Camera <strong>promuove</strong> le <em>imprese</em>.</p><p>Secondo &amp; ultimo</p>')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'La Camera ' }, { text: 'promuove', bold: true }, { text: ' le ' }, { text: 'imprese', italic: true }, { text: '.' }] },
      { kind: 'paragraph', runs: [{ text: 'Secondo & ultimo' }] },
    ]);
  });

  it('reads bulleted and numbered lists', () => {
    expect(richTextBlocks('<ul><li>uno</li><li><b>due</b></li></ul><ol><li>primo</li></ol>')).toEqual([
      { kind: 'list', ordered: false, items: [[{ text: 'uno' }], [{ text: 'due', bold: true }]] },
      { kind: 'list', ordered: true, items: [[{ text: 'primo' }]] },
    ]);
  });

  it('treats plain text as one paragraph and gives a one-line plain form for table cells', () => {
    expect(richTextBlocks('Solo testo')).toEqual([{ kind: 'paragraph', runs: [{ text: 'Solo testo' }] }]);
    expect(richTextPlain('<p>Cassetto digitale e nuovi servizi <em>online</em>.</p><ul><li>a</li><li>b</li></ul>'))
      .toBe('Cassetto digitale e nuovi servizi online. • a • b');
  });
});
