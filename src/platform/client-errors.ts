import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

/**
 * What a request too malformed to reach a route gets: Node answers these
 * itself, before any page, language or session is known. The one a person
 * can cause is an address too long for the server (over 16 KB: a search
 * pasted from a long document), so that one is a page, in both languages,
 * saying what to do.
 */
const tooLongPage = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The address is too long – Guildhall</title></head>
<body>
<main>
<h1>The address is too long</h1>
<p>If you were searching, go back and search for fewer words.</p>
<p><a href="/">Go to the home page</a></p>
<div lang="cy">
<h2>Mae’r cyfeiriad yn rhy hir</h2>
<p>Os oeddech chi’n chwilio, ewch yn ôl a chwiliwch am lai o eiriau.</p>
<p><a href="/">Ewch i’r hafan</a></p>
</div>
</main>
</body>
</html>
`;

function answer(code: number, type: string, body: string): string {
  const headers = [
    `HTTP/1.1 ${code} ${STATUS_CODES[code]}`,
    `Content-Type: ${type}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options: nosniff',
    'Cache-Control: no-store',
    'Connection: close',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${body}`;
}

/** Fastify's clientErrorHandler. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  // A connection reset, or already closed: nobody to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    if (error.code === 'HPE_HEADER_OVERFLOW') socket.write(answer(431, 'text/html; charset=utf-8', tooLongPage));
    else if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') socket.write(answer(408, 'text/plain; charset=utf-8', 'Request timeout\n'));
    else socket.write(answer(400, 'text/plain; charset=utf-8', 'Bad request\n'));
  }
  socket.destroy(error);
}
