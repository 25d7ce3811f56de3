import { describe, expect, it } from 'vitest';
import { passwordFormErrors } from './password-form.js';

describe('passwordFormErrors', () => {
  it('requires every field', () => {
    expect(passwordFormErrors({ currentPassword: '', newPassword: '', confirmPassword: '' })).toEqual({
      currentPassword: 'validation.required',
      newPassword: 'validation.required',
      confirmPassword: 'validation.required',
    });
  });

  it('requires the confirmation to match the new password', () => {
    expect(passwordFormErrors({ currentPassword: 'old', newPassword: 'new-password-1', confirmPassword: 'new-password-2' }))
      .toEqual({ confirmPassword: 'validation.passwordsDiffer' });
  });

  it('rejects a new password equal to the current one', () => {
    expect(passwordFormErrors({ currentPassword: 'same', newPassword: 'same', confirmPassword: 'same' }))
      .toEqual({ newPassword: 'validation.sameAsCurrent' });
  });

  it('accepts a complete, consistent form', () => {
    expect(passwordFormErrors({ currentPassword: 'old', newPassword: 'a-new-one', confirmPassword: 'a-new-one' })).toEqual({});
  });
});
