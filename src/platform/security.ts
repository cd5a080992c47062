import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import { LRUCache } from 'lru-cache';

/** A file from an upload form, read whole (never beyond the upload limit). */
export interface UploadedFile {
  filename: string;
  mimetype: string;
  content: Buffer;
}

/**
 * What a form's file field holds: a file (possibly empty, if an empty file was
 * chosen), or, when none was chosen (browsers then send a part with no name), nothing.
 */
export function uploadedFile(value: unknown): UploadedFile | null {
  if (typeof value !== 'object' || value === null || !('content' in value)) return null;
  const file = value as UploadedFile;
  return Buffer.isBuffer(file.content) && (file.filename !== '' || file.content.length > 0) ? file : null;
}

/** Browsers send a `"` in a file's name as %22 (the HTML standard's multipart encoding); busboy leaves it so. */
function filenameOf(sent: string): string {
  return sent.replaceAll('%22', '"');
}

export class UploadTooLargeError extends Error {
  readonly statusCode = 413;
}

/**
 * Reads a file part whole, but not a byte past the upload limit: once busboy
 * has cut the file there, the rest of the request is left unread (and the
 * connection closed after the 413, see errors.ts) instead of read to the end
 * only to be thrown away.
 */
async function readWithin(request: NodeJS.ReadableStream, file: NodeJS.ReadableStream & { truncated?: boolean }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stop = () => {
    request.unpipe();
    request.pause();
    return new UploadTooLargeError('the file is larger than the upload limit');
  };
  for await (const chunk of file) {
    if (file.truncated) throw stop();
    chunks.push(chunk as Buffer);
  }
  if (file.truncated) throw stop();
  return Buffer.concat(chunks);
}

export interface SecurityOptions {
  secret: string;
  secure: boolean;
  /** The largest file one upload may carry. */
  uploadLimitBytes: number;
}

export const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The cookie that holds the browser's CSRF secret (signed). */
export const csrfCookie = 'guildhall_csrf';
const tokensBySecretCookie = new LRUCache<string, string>({ max: 50_000 });

/**
 * The CSRF token for this browser's page. Minting one costs two HMACs and a
 * random salt; a browser's secret does not change, so the token made for it
 * serves every page it is shown until then (one token per secret, as
 * synchronizer-token schemes issue one per session).
 */
export function csrfTokenFor(request: FastifyRequest, reply: FastifyReply): string {
  const cookie = request.cookies[csrfCookie];
  const known = cookie ? tokensBySecretCookie.get(cookie) : undefined;
  if (known) return known;
  // Only a cookie that carries a valid secret names one: a forged or stale one gets a new secret, not a kept token.
  const valid = cookie !== undefined && reply.unsignCookie(cookie).valid;
  const token = reply.generateCsrf();
  if (cookie && valid) tokensBySecretCookie.set(cookie, token);
  return token;
}

/** The CSRF token travels in the form body, or a header for scripts; never in the URL. */
function csrfTokenOf(request: FastifyRequest): string | undefined {
  const body = request.body as { _csrf?: unknown } | undefined;
  if (body && typeof body._csrf === 'string') return body._csrf;
  const header = request.headers['x-csrf-token'];
  return typeof header === 'string' ? header : undefined;
}

async function security(app: FastifyInstance, options: SecurityOptions) {
  // The same headers on every response, so helmet works them out once (@fastify/helmet does so for each request).
  const secureHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        ...(options.secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: options.secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  });
  app.addHook('onRequest', (request, reply, done) => secureHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)));
  await app.register(fastifyCookie, { secret: options.secret });
  await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  // Uploads arrive as fields on request.body, so the CSRF check below reads
  // their token exactly as it reads a plain form's: it runs after this parser.
  // A file larger than the limit stops being read there, and the request fails with 413.
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: options.uploadLimitBytes, files: 1, fields: 40, fieldSize: 256 * 1024 },
    async onFile(part) {
      const file: UploadedFile = {
        filename: filenameOf(part.filename),
        mimetype: part.mimetype,
        content: await readWithin(this.raw, part.file),
      };
      (part as unknown as { value: UploadedFile }).value = file;
    },
  });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: csrfCookie,
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'lax', secure: options.secure, path: '/' },
    getToken: csrfTokenOf,
  });
  // PostgreSQL text cannot hold NUL, so one typed or pasted into any field (or an address) failed the page
  // where it reached the database. It is invisible, and taken out of every value before any route reads it.
  // What a form sends loses every other invisible control too (see formControls); an address's search
  // reads them as spaces (search.query.ts).
  app.addHook('preValidation', (request, _reply, done) => {
    request.query = without(/\0/g, request.query) as typeof request.query;
    request.body = without(formControls, request.body);
    done();
  });
  // Every state-changing request needs a valid token, whatever route it reaches.
  app.addHook('preValidation', (request, reply, done) => {
    if (safeMethods.has(request.method)) return done();
    app.csrfProtection(request, reply, done);
  });
}

/**
 * What no one means to keep in a form's text: a control character (a bell, an escape, pasted from a
 * terminal) other than tabs and line breaks, and a bidirectional embedding, override or isolate, which turns
 * round the words after it, the page's own included ("Budget report" + U+202E reversed the file size and
 * date listed beside it). All are invisible; a document's file name loses the same (documents/file-types.ts).
 */
// eslint-disable-next-line no-control-regex -- taking control characters out is the point
const formControls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Strings with what `pattern` matches taken out, in a parsed query or form (and a file's name); anything else as it was. */
function without(pattern: RegExp, value: unknown): unknown {
  if (typeof value === 'string') return value.replace(pattern, '');
  if (Array.isArray(value)) return value.map((each) => without(pattern, each));
  // A parsed query or form may have no prototype, or one with none; a file's content is bytes, left alone.
  if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) {
    const fields = value as Record<string, unknown>;
    for (const key of Object.keys(fields)) fields[key] = without(pattern, fields[key]);
  }
  return value;
}

export const securityPlugin = fp(security, { name: 'guildhall-security' });
