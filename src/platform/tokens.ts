import { hash, randomBytes } from 'node:crypto';

/** A URL-safe random token: 16 bytes gives the 128 bits a session id needs. */
export function randomToken(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}

/** Tokens are stored only as their SHA-256, so a database copy cannot be replayed. (One call, no Hash object: every request hashes its session cookie.) */
export function sha256(value: string): string {
  return hash('sha256', value, 'hex');
}
