import { describe, expect, it } from 'vitest';
import { allowedMonitoringPages, isMonitoringPath, monitoringHome, type MonitoringAbilities } from './monitoring-access.js';

const none: MonitoringAbilities = { campaigns: false, manageCampaigns: false, entry: false, validation: false, deviations: false };

describe('data-collection pages by role', () => {
  it('leads a referente to the entry grid and a validatore to validation; a reader only has the inbox', () => {
    const referente = { ...none, entry: true, deviations: true };
    expect(monitoringHome(referente)).toBe('/inserimento-dati');
    expect(allowedMonitoringPages(referente).map((page) => page.to)).toEqual(['/inserimento-dati', '/scostamenti', '/notifiche']);
    expect(monitoringHome({ ...none, validation: true, campaigns: true })).toBe('/validazione');
    expect(monitoringHome(none)).toBeNull();
    expect(allowedMonitoringPages(none).map((page) => page.to)).toEqual(['/notifiche']);
  });

  it('knows its own paths', () => {
    expect(isMonitoringPath('/rilevazioni')).toBe(true);
    expect(isMonitoringPath('/ciclo')).toBe(false);
  });
});
