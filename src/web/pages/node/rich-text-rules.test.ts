import { describe, expect, it } from 'vitest';
import { safeHref } from './rich-text-rules.js';

describe('safeHref', () => {
  it('keeps web and mail links', () => {
    expect(safeHref('https://www.camcom.it/amministrazione-trasparente')).toBe('https://www.camcom.it/amministrazione-trasparente');
    expect(safeHref(' mailto:urp@esempio.camcom.it ')).toBe('mailto:urp@esempio.camcom.it');
  });

  it('drops script, data and relative links and anything with spaces or quotes', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', '/admin', '//evil.example', 'https://a.it/"onmouseover', 'https://a b', null, '']) {
      expect(safeHref(href), String(href)).toBeNull();
    }
  });
});
