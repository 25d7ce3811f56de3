/** Client-side checks of the change-password form; each error is a text key of validation.*. */
export interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export type PasswordFormError = 'validation.required' | 'validation.passwordsDiffer' | 'validation.sameAsCurrent';

export type PasswordFormErrors = Partial<Record<keyof PasswordForm, PasswordFormError>>;

export function passwordFormErrors(form: PasswordForm): PasswordFormErrors {
  const errors: PasswordFormErrors = {};
  if (form.currentPassword === '') errors.currentPassword = 'validation.required';
  if (form.newPassword === '') errors.newPassword = 'validation.required';
  else if (form.newPassword === form.currentPassword) errors.newPassword = 'validation.sameAsCurrent';
  if (form.confirmPassword === '') errors.confirmPassword = 'validation.required';
  else if (form.newPassword !== '' && form.confirmPassword !== form.newPassword) errors.confirmPassword = 'validation.passwordsDiffer';
  return errors;
}
