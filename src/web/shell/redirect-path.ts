/**
 * Where to go after login. Only a path of this application is accepted ("/..." but not "//host" or
 * "/\host"), so a crafted link cannot send the user to another site after they sign in.
 */
export function safeRedirectPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return undefined;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined;
  if (value.startsWith('/accedi') || value.startsWith('/login')) return undefined;
  return value;
}
