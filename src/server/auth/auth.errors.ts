/** Problems of login, sessions, passwords and OpenID Connect. */
import type { ProblemTable } from '../http/problem.js';

export type AuthProblemCode =
  | 'invalid_credentials' | 'account_locked' | 'invalid_current_password' | 'password_too_short' | 'password_reused'
  | 'oidc_disabled' | 'oidc_failed' | 'oidc_unknown_user';

export const AUTH_PROBLEMS: ProblemTable<AuthProblemCode> = {
  invalid_credentials: { status: 401, messages: { it: 'Nome utente o password non corretti.', en: 'Wrong username or password.' } },
  account_locked: {
    status: 423,
    messages: { it: 'Account bloccato per troppi tentativi falliti: riprovare più tardi.', en: 'Account locked after too many failed attempts: try again later.' },
  },
  invalid_current_password: { status: 400, messages: { it: 'La password attuale non è corretta.', en: 'The current password is wrong.' } },
  password_too_short: { status: 400, messages: { it: 'La nuova password è troppo corta.', en: 'The new password is too short.' } },
  password_reused: { status: 400, messages: { it: 'La nuova password deve essere diversa da quella attuale.', en: 'The new password must differ from the current one.' } },
  oidc_disabled: { status: 404, messages: { it: 'L\'accesso con OpenID Connect non è configurato.', en: 'OpenID Connect login is not configured.' } },
  oidc_failed: { status: 401, messages: { it: 'Accesso con il fornitore di identità non riuscito.', en: 'Login with the identity provider failed.' } },
  oidc_unknown_user: {
    status: 403,
    messages: { it: 'Identità riconosciuta ma non associata ad alcun utente di Traguardo.', en: 'Identity recognised but not linked to any Traguardo user.' },
  },
};
