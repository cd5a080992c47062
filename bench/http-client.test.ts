import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { keepAliveClient } from './http-client.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server on 127.0.0.1 that answers with `answer`; its address and the connections it saw. */
async function serve(answer: Parameters<typeof createServer>[1]) {
  const connections: unknown[] = [];
  server = createServer(answer);
  server.on('connection', (socket) => connections.push(socket));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connections };
}

describe('keepAliveClient', () => {
  it('reads sized and chunked answers, with their status, one after another on one connection, sending the headers given', async () => {
    const { url, connections } = await serve((request, response) => {
      if (request.url === '/sized') return response.end('x'.repeat(40_000));
      if (request.url === '/cookie') return response.end(request.headers.cookie);
      response.statusCode = 404;
      response.write('not ');
      setTimeout(() => response.end('here'), 5);
    });
    const client = await keepAliveClient(url, { cookie: 'a=1' });
    try {
      expect(await client.get('/sized')).toEqual({ status: 200, bytes: 40_000 });
      expect(await client.get('/elsewhere')).toEqual({ status: 404, bytes: 8 });
      expect(await client.get('/cookie')).toEqual({ status: 200, bytes: 3 });
      expect(await client.get('/sized')).toEqual({ status: 200, bytes: 40_000 });
      expect(connections).toHaveLength(1);
    } finally {
      client.close();
    }
  });

  it('fails when the server closes the connection, or takes too long, and asks nothing more of it', async () => {
    const { url } = await serve((request, response) => {
      if (request.url === '/close') return request.socket.destroy();
      if (request.url === '/slow') return setTimeout(() => response.end('late'), 200);
      response.end('ok');
    });
    const closing = await keepAliveClient(url, {});
    await expect(closing.get('/close')).rejects.toThrow('closed the connection');
    await expect(closing.get('/')).rejects.toThrow('the connection is closed');
    const slow = await keepAliveClient(url, {});
    await expect(slow.get('/slow', 50)).rejects.toThrow('GET /slow took over 0.05 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
    await expect(slow.get('/')).rejects.toThrow('the connection is closed');
  });
});
