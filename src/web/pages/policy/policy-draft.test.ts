import { describe, expect, it } from 'vitest';
import { defaultScoringPolicy } from '../../../core/scoring/policy.schema.js';
import { changedPaths, getIn, policyFieldErrors, setIn } from './policy-draft.js';

describe('policy draft', () => {
  const saved = defaultScoringPolicy('DEMO', 2026);

  it('sets a value by path without touching the original or unrelated branches', () => {
    const next = setIn(saved, ['tolerance', 'threshold'], 90);
    expect(next.tolerance.threshold).toBe(90);
    expect(saved.tolerance.threshold).toBeNull();
    expect(next.rules).toBe(saved.rules);
    const band = setIn(saved, ['bands', 'final', 1, 'min'], 60);
    expect(band.bands.final[1]!.min).toBe(60);
    expect(saved.bands.final[1]!.min).toBe(50);
    expect(band.bands.final[0]).toBe(saved.bands.final[0]);
    expect(getIn(band, ['bands', 'final', 1, 'min'])).toBe(60);
  });

  it('lists the settings that differ, leaf by leaf, ignoring the revision number', () => {
    let draft = setIn(saved, ['tolerance', 'threshold'], 90);
    draft = setIn(draft, ['outputs', 'nodes'], 'adjusted');
    draft = setIn(draft, ['tolerance', 'appliesTo'], ['indicator']);
    draft = setIn(draft, ['bands', 'interim', 0, 'min'], 80);
    draft = setIn(draft, ['meta', 'revision'], 7);
    expect(changedPaths(saved, draft).sort()).toEqual(['bands.interim.0.min', 'outputs.nodes', 'tolerance.appliesTo', 'tolerance.threshold']);
    expect(changedPaths(saved, saved)).toEqual([]);
  });

  it('keys the server\'s field errors by the form\'s paths, in the chosen language', () => {
    const errors = policyFieldErrors([
      { path: 'policy.tolerance.threshold', messages: { it: 'Deve essere maggiore o uguale a 0.', en: 'Must be greater than or equal to 0.' } },
      { path: 'policy.tolerance.threshold', messages: { it: 'Secondo', en: 'Second' } },
      { path: 'year', messages: { it: 'Anno', en: 'Year' } },
    ], 'en');
    expect([...errors]).toEqual([['tolerance.threshold', 'Must be greater than or equal to 0.'], ['year', 'Year']]);
  });
});
