import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './redirect-path.js';

describe('safeRedirectPath', () => {
  it('accepts paths of this application', () => {
    expect(safeRedirectPath('/')).toBe('/');
    expect(safeRedirectPath('/profilo/password?x=1#top')).toBe('/profilo/password?x=1#top');
  });

  it('rejects other sites and odd values', () => {
    expect(safeRedirectPath('https://evil.example/')).toBeUndefined();
    expect(safeRedirectPath('//evil.example/')).toBeUndefined();
    expect(safeRedirectPath('/\\evil.example')).toBeUndefined();
    expect(safeRedirectPath('javascript:alert(1)')).toBeUndefined();
    expect(safeRedirectPath(42)).toBeUndefined();
    expect(safeRedirectPath('')).toBeUndefined();
  });

  it('does not loop back to the login page', () => {
    expect(safeRedirectPath('/accedi?redirect=/')).toBeUndefined();
    expect(safeRedirectPath('/login')).toBeUndefined();
  });
});
