/**
 * Password hashing with argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane) via @node-rs/argon2.
 * Hashes are PHC strings (`$argon2id$v=19$m=19456,t=2,p=1$…`), so parameters travel with the hash and
 * can be raised later (`passwordNeedsRehash`).
 */
import { hash, verify, parseOptions, type Options } from '@node-rs/argon2';

/** `Algorithm.Argon2id` of @node-rs/argon2 (an ambient const enum, unusable under isolatedModules). */
const ARGON2ID = 2;

export const PASSWORD_OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_OPTIONS);
}

/** True when `password` matches `passwordHash`; false for a wrong password or a malformed/absent hash. */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash || !passwordHash.startsWith('$argon2')) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** True when the stored hash was made with weaker or other parameters than the current ones. */
export function passwordNeedsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return used.algorithm !== ARGON2ID
      || used.memoryCost < (PASSWORD_OPTIONS.memoryCost ?? 0)
      || used.timeCost < (PASSWORD_OPTIONS.timeCost ?? 0);
  } catch {
    return true;
  }
}

/**
 * A fixed hash of a random password, verified against when the username is unknown so that a login
 * for a missing user costs the same time as one for an existing user (no user enumeration by timing).
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}-${Date.now()}`);
  return dummyHash;
}
