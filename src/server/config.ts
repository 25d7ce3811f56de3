/**
 * The application's configuration, read from the environment once at start.
 *
 *   DATABASE_URL        postgres://… → a PostgreSQL server (production); absent → embedded PGlite
 *   DATA_DIR            where the embedded database and local secrets live (default ./data;
 *                       the PGlite database is DATA_DIR/pglite)
 *   HOST, PORT          where `serve` listens (default 127.0.0.1:3000)
 *   BASE_URL            the public address (default http://localhost:PORT)
 *   SESSION_SECRET      at least 32 characters; absent → generated once into DATA_DIR/session-secret
 *                       (mode 0600) and reused after
 *   OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI   optional single sign-on
 *
 * A wrong value stops the start with a bilingual message naming the variable (`ConfigError`).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type DatabaseConfig =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string };

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  redirectUri: string;
}

export interface AppConfig {
  database: DatabaseConfig;
  /** Absolute path of DATA_DIR. */
  dataDir: string;
  host: string;
  port: number;
  baseUrl: string;
  sessionSecret: string;
  oidc?: OidcConfig;
}

export const SESSION_SECRET_FILE = 'session-secret';
const MIN_SECRET_LENGTH = 32;

/** A configuration value is missing or wrong; `messages` says which variable and why. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly messages: { it: string; en: string },
  ) {
    super(`${messages.it} / ${messages.en}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = resolve(nonEmpty(env.DATA_DIR) ?? './data');
  const port = parsePort(env.PORT);
  const baseUrl = parseUrl('BASE_URL', nonEmpty(env.BASE_URL) ?? `http://localhost:${port}`);
  return {
    database: parseDatabase(env.DATABASE_URL, dataDir),
    dataDir,
    host: nonEmpty(env.HOST) ?? '127.0.0.1',
    port,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    sessionSecret: readSessionSecret(env.SESSION_SECRET, dataDir),
    oidc: parseOidc(env),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePort(raw: string | undefined): number {
  const text = nonEmpty(raw);
  if (text === undefined) return 3000;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65_535) {
    throw new ConfigError('PORT', {
      it: `PORT deve essere un numero intero tra 1 e 65535 (trovato "${text}")`,
      en: `PORT must be an integer between 1 and 65535 (found "${text}")`,
    });
  }
  return port;
}

function parseUrl(variable: string, text: string, protocols = ['http:', 'https:']): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(variable, {
      it: `${variable} non è un indirizzo valido: "${text}"`,
      en: `${variable} is not a valid URL: "${text}"`,
    });
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(variable, {
      it: `${variable} deve iniziare con ${protocols.map((p) => `${p}//`).join(' o ')} (trovato "${url.protocol}")`,
      en: `${variable} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (found "${url.protocol}")`,
    });
  }
  return text;
}

function parseDatabase(raw: string | undefined, dataDir: string): DatabaseConfig {
  const url = nonEmpty(raw);
  if (url === undefined) return { kind: 'pglite', dataDir: join(dataDir, 'pglite') };
  return { kind: 'postgres', url: parseUrl('DATABASE_URL', url, ['postgres:', 'postgresql:']) };
}

function readSessionSecret(raw: string | undefined, dataDir: string): string {
  const given = nonEmpty(raw);
  if (given !== undefined) return checkSecret(given, 'SESSION_SECRET');
  const file = join(dataDir, SESSION_SECRET_FILE);
  if (existsSync(file)) return checkSecret(readFileSync(file, 'utf8').trim(), file);
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return secret;
}

function checkSecret(secret: string, origin: string): string {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError('SESSION_SECRET', {
      it: `SESSION_SECRET (${origin}) deve avere almeno ${MIN_SECRET_LENGTH} caratteri (ne ha ${secret.length})`,
      en: `SESSION_SECRET (${origin}) must be at least ${MIN_SECRET_LENGTH} characters long (it has ${secret.length})`,
    });
  }
  return secret;
}

function parseOidc(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = nonEmpty(env.OIDC_ISSUER);
  const clientId = nonEmpty(env.OIDC_CLIENT_ID);
  const clientSecret = nonEmpty(env.OIDC_CLIENT_SECRET);
  const redirectUri = nonEmpty(env.OIDC_REDIRECT_URI);
  if (!issuer && !clientId && !clientSecret && !redirectUri) return undefined;
  const missing = [
    ['OIDC_ISSUER', issuer],
    ['OIDC_CLIENT_ID', clientId],
    ['OIDC_REDIRECT_URI', redirectUri],
  ].filter(([, value]) => value === undefined).map(([name]) => name as string);
  if (missing.length > 0) {
    throw new ConfigError(missing[0]!, {
      it: `Configurazione OIDC incompleta: mancano ${missing.join(', ')}`,
      en: `Incomplete OIDC configuration: missing ${missing.join(', ')}`,
    });
  }
  return {
    issuer: parseUrl('OIDC_ISSUER', issuer!),
    clientId: clientId!,
    clientSecret,
    redirectUri: parseUrl('OIDC_REDIRECT_URI', redirectUri!),
  };
}
