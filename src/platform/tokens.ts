import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe random token: 16 bytes gives the 128 bits a session id needs. */
export function randomToken(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}

/** Tokens are stored only as their SHA-256, so a database copy cannot be replayed. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
