import { describe, expect, it } from 'vitest';
import { validateMonitoringSearch } from './monitoring-search.js';

describe('search parameters of the data-collection pages', () => {
  it('keeps codes and known filters, drops the rest', () => {
    expect(validateMonitoringSearch({ periodo: '2026-2', misura: 'RI_PRAT', stato: 'validati', campagna: '5a22dc4a-10cd-4ad3-b461-60a1ecb0738e' }))
      .toEqual({ periodo: '2026-2', misura: 'RI_PRAT', stato: 'validati', campagna: '5a22dc4a-10cd-4ad3-b461-60a1ecb0738e' });
    expect(validateMonitoringSearch({ periodo: '<script>', stato: 'altro', misura: 42 })).toEqual({});
  });
});
