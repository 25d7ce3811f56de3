import { describe, expect, it } from 'vitest';
import { htmlToMarkup, markupToHtml } from './narrative-markup.js';

describe('narrative markup', () => {
  it('writes paragraphs, bold, italic and lists as the safe HTML subset, escaping everything else', () => {
    expect(markupToHtml('Primo **paragrafo** con *enfasi*.\n\n- uno\n- due\n\n<script>x</script> & co'))
      .toBe('<p>Primo <strong>paragrafo</strong> con <em>enfasi</em>.</p><ul><li>uno</li><li>due</li></ul><p>&lt;script&gt;x&lt;/script&gt; &amp; co</p>');
    expect(markupToHtml('riga uno\nriga due')).toBe('<p>riga uno<br>riga due</p>');
    expect(markupToHtml('  \n\n ')).toBe('');
  });

  it('reads a saved text back into the same markup (round trip)', () => {
    const markup = 'Primo **paragrafo** con *enfasi* & «virgolette».\n\n- uno\n- due';
    expect(htmlToMarkup(markupToHtml(markup))).toBe(markup);
    expect(htmlToMarkup('<p>Testo <b>forte</b></p><ol><li>a</li></ol>')).toBe('Testo **forte**\n\n- a');
    expect(htmlToMarkup('Solo testo')).toBe('Solo testo');
  });
});
