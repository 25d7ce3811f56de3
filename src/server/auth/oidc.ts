/**
 * OpenID Connect login (authorization code flow with PKCE, state and nonce) via openid-client, for
 * single sign-on gateways (SPID/CIE brokers, the body's identity provider). Users are matched by
 * `oidc_subject` (the ID token's `sub`); nobody is created automatically.
 */
import * as client from 'openid-client';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/audit-log.js';
import type { Db } from '../db/database.js';
import { users } from '../db/schema.js';
import { fail, ok, type Result } from '../services/result.js';
import { createSession, type NewSession, type SessionSettings } from './session.js';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
}

/** What the login step remembers (in a signed, short-lived cookie) for the callback to check. */
export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
}

export interface OidcProvider {
  authorizationUrl(): Promise<{ url: URL; pending: OidcPending }>;
  subjectOf(callbackUrl: URL, pending: OidcPending): Promise<string>;
}

export function createOidcProvider(settings: OidcSettings): OidcProvider {
  let discovered: Promise<client.Configuration> | undefined;
  const configuration = () => {
    discovered ??= client.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret).catch((error: unknown) => {
      discovered = undefined;
      throw error;
    });
    return discovered;
  };
  return {
    async authorizationUrl() {
      const config = await configuration();
      const pending: OidcPending = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri, scope: 'openid profile email', state: pending.state, nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.verifier), code_challenge_method: 'S256',
      });
      return { url, pending };
    },
    async subjectOf(callbackUrl, pending) {
      const tokens = await client.authorizationCodeGrant(await configuration(), callbackUrl, {
        pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true,
      });
      const subject = tokens.claims()?.sub;
      if (!subject) throw new Error('the ID token has no subject');
      return subject;
    },
  };
}

export function parsePending(value: string | undefined): OidcPending | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Partial<OidcPending>;
    if (typeof parsed.state === 'string' && typeof parsed.nonce === 'string' && typeof parsed.verifier === 'string') {
      return { state: parsed.state, nonce: parsed.nonce, verifier: parsed.verifier };
    }
  } catch {
    // a tampered or truncated cookie: no pending login
  }
  return null;
}

/** Opens a session for the user linked to an identity provider subject. */
export async function loginWithSubject(
  db: Db,
  input: { subject: string; ip?: string; userAgent?: string; now: Date; settings: SessionSettings },
): Promise<Result<{ userId: string; session: NewSession }, 'oidc_unknown_user'>> {
  const [user] = await db.select().from(users).where(eq(users.oidcSubject, input.subject));
  if (!user || user.disabled) return fail('oidc_unknown_user');
  const session = await db.transaction(async (tx) => {
    const created = await createSession(tx, { userId: user.id, ip: input.ip, userAgent: input.userAgent, now: input.now, settings: input.settings });
    await appendAudit(tx, {
      actor: { userId: user.id, username: user.username }, entityId: null, objectType: 'user', objectId: user.id, action: 'login', after: { method: 'oidc' },
    });
    return created;
  });
  return ok({ userId: user.id, session });
}
