import { describe, expect, it } from 'vitest';
import { parseItalianNumber } from './italian-number.js';

describe('parseItalianNumber', () => {
  it.each([
    ['33,33', 33.33],
    ['17.835', 17835],
    ['1.234,56', 1234.56],
    ['-10,9', -10.9],
    ['+15', 15],
    ['100', 100],
    [' 8 ', 8],
    ['0.5', 0.5],
    ['1.234.567', 1234567],
  ])('reads %s as %d', (text, value) => {
    expect(parseItalianNumber(text)).toBe(value);
  });

  it.each(['', '---', '12a', '1,2,3', 'N.', '1.23.4'])('rejects %j', (text) => {
    expect(parseItalianNumber(text)).toBeNull();
  });
});
