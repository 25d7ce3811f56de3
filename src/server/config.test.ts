import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SESSION_SECRET_FILE } from './config.js';

const secret = 'x'.repeat(40);
const freshDir = () => mkdtempSync(join(tmpdir(), 'traguardo-config-'));

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to PGlite under DATA_DIR, port 3000 and a localhost base URL', () => {
    const dataDir = freshDir();
    const config = loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: secret });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.baseUrl).toBe('http://localhost:3000');
    expect(config.sessionSecret).toBe(secret);
    expect(config.oidc).toBeUndefined();
  });

  it('uses a PostgreSQL server when DATABASE_URL is set', () => {
    const config = loadConfig({ DATA_DIR: freshDir(), SESSION_SECRET: secret, DATABASE_URL: 'postgres://u:p@db:5432/traguardo', PORT: '8080', BASE_URL: 'https://performance.example.it/' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/traguardo' });
    expect(config.port).toBe(8080);
    expect(config.baseUrl).toBe('https://performance.example.it');
  });

  it('generates the session secret once, with mode 0600, and reuses it', () => {
    const dataDir = freshDir();
    const first = loadConfig({ DATA_DIR: dataDir }).sessionSecret;
    const file = join(dataDir, SESSION_SECRET_FILE);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(first);
  });

  it('rejects wrong values with a bilingual message naming the variable', () => {
    const dataDir = freshDir();
    const port = configError({ DATA_DIR: dataDir, SESSION_SECRET: secret, PORT: '70000' });
    expect(port.variable).toBe('PORT');
    expect(port.messages.it).toContain('PORT deve essere un numero intero');
    expect(port.messages.en).toContain('PORT must be an integer');
    expect(configError({ DATA_DIR: dataDir, SESSION_SECRET: secret, DATABASE_URL: 'mysql://x' }).variable).toBe('DATABASE_URL');
    expect(configError({ DATA_DIR: dataDir, SESSION_SECRET: secret, BASE_URL: 'not a url' }).variable).toBe('BASE_URL');
    expect(configError({ DATA_DIR: dataDir, SESSION_SECRET: 'short' }).messages.en).toContain('at least 32 characters');
  });

  it('rejects a stored secret that is too short', () => {
    const dataDir = freshDir();
    writeFileSync(join(dataDir, SESSION_SECRET_FILE), 'abc\n');
    expect(configError({ DATA_DIR: dataDir }).variable).toBe('SESSION_SECRET');
  });

  it('reads a complete OIDC configuration and rejects a partial one', () => {
    const base = { DATA_DIR: freshDir(), SESSION_SECRET: secret };
    const config = loadConfig({ ...base, OIDC_ISSUER: 'https://id.example.it', OIDC_CLIENT_ID: 'traguardo', OIDC_CLIENT_SECRET: 's3', OIDC_REDIRECT_URI: 'http://localhost:3000/auth/oidc/callback' });
    expect(config.oidc).toEqual({ issuer: 'https://id.example.it', clientId: 'traguardo', clientSecret: 's3', redirectUri: 'http://localhost:3000/auth/oidc/callback' });
    const partial = configError({ ...base, OIDC_ISSUER: 'https://id.example.it' });
    expect(partial.messages.it).toBe('Configurazione OIDC incompleta: mancano OIDC_CLIENT_ID, OIDC_REDIRECT_URI');
  });
});
