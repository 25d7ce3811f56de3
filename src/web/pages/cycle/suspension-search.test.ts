import { describe, expect, it } from 'vitest';
import { validateSuspensionSearch } from './suspension-search.js';

describe('suspensions page search', () => {
  it('keeps a known kind and a plain code, drops anything else', () => {
    expect(validateSuspensionSearch({ tipo: 'node', codice: 'A.1.2.1' })).toEqual({ tipo: 'node', codice: 'A.1.2.1' });
    expect(validateSuspensionSearch({ tipo: 'area', codice: '../x y' })).toEqual({});
    expect(validateSuspensionSearch({ codice: 42 })).toEqual({});
  });
});
