import { type Algorithm, hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline: m = 19 MiB, t = 2, p = 1. */
// 2 = Argon2id (the package's const enum cannot be read under isolatedModules).
const ARGON2ID = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}
