import { describe, expect, it } from 'vitest';
import { notificationTarget } from './notification-link.js';

describe('where a notification leads', () => {
  const value = { entityCode: 'DEMO', planCode: '2025-2027', year: 2026, period: '2026-2', valueId: 'x', measure: 'RI_PRAT' };

  it('sends a rejected value to the entry grid at the measure, a submitted one to validation', () => {
    expect(notificationTarget('measure_value', 'value_rejected', value)).toEqual({ to: '/inserimento-dati', search: { periodo: '2026-2', misura: 'RI_PRAT' } });
    expect(notificationTarget('measure_value', 'validation_requested', value)).toEqual({ to: '/validazione', search: { periodo: '2026-2' } });
  });

  it('sends campaign news to the entry grid of the period, the year to the home page', () => {
    expect(notificationTarget('campaign', 'campaign_opened', { period: '2026-3', campaignId: 'c' })).toEqual({ to: '/inserimento-dati', search: { periodo: '2026-3' } });
    expect(notificationTarget('plan_year', 'validation_requested', { year: 2026 })).toEqual({ to: '/', search: {} });
  });
});
