import { describe, expect, it } from 'vitest';
import { bandFor, bandsFor } from './status-band.js';
import { defaultScoringPolicy, scoringPolicySchema } from './policy.schema.js';

describe('status bands', () => {
  const policy = defaultScoringPolicy('LU', 2026);

  it('places final scores in raggiunto / parzialmente raggiunto / non raggiunto', () => {
    const bands = bandsFor(policy, false);
    expect(bandFor(100, bands)?.key).toBe('raggiunto');
    expect(bandFor(99.2, bands)?.key).toBe('parzialmente_raggiunto');
    expect(bandFor(50, bands)?.key).toBe('parzialmente_raggiunto');
    expect(bandFor(49.99, bands)?.key).toBe('non_raggiunto');
    expect(bandFor(null, bands)).toBeNull();
  });

  it('gives every band a colour, an icon, a symbol and a bilingual label', () => {
    for (const band of [...policy.bands.final, ...policy.bands.interim]) {
      expect(band.colour).toMatch(/^#[0-9a-f]{6}$/i);
      expect(band.icon.length).toBeGreaterThan(0);
      expect(band.symbol.length).toBeGreaterThan(0);
      expect(band.label.it.length).toBeGreaterThan(0);
      expect(band.label.en.length).toBeGreaterThan(0);
    }
  });

  it('places interim scores in in_linea / a_rischio', () => {
    const bands = bandsFor(policy, true);
    expect(bandFor(95, bands)?.key).toBe('in_linea');
    expect(bandFor(89.9, bands)?.key).toBe('a_rischio');
  });

  it('orders configured bands by threshold whatever the order written', () => {
    const custom = scoringPolicySchema.parse({
      meta: { entity: 'LU', year: 2026 },
      bands: { final: [
        { key: 'no', min: 0, colour: '#cc334d', icon: 'x', symbol: '✘', label: { it: 'No', en: 'No' } },
        { key: 'yes', min: 90, colour: '#008055', icon: 'v', symbol: '✔', label: { it: 'Sì', en: 'Yes' } },
      ] },
    });
    expect(bandFor(90, bandsFor(custom, false))?.key).toBe('yes');
  });

  it('refuses bands without one starting at 0', () => {
    const result = scoringPolicySchema.safeParse({
      meta: { entity: 'LU', year: 2026 },
      bands: { final: [{ key: 'yes', min: 90, colour: '#008055', icon: 'v', symbol: '✔', label: { it: 'Sì', en: 'Yes' } }] },
    });
    expect(result.success).toBe(false);
  });
});
