import { connect, type Socket } from 'node:net';
import { HTTPParser } from 'http-parser-js';

export interface Answer {
  status: number;
  /** The body's size. */
  bytes: number;
}

/**
 * GETs on one keep-alive connection, one at a time, timed by whoever calls
 * `get`. The answer is read with a plain HTTP parser over the socket, as
 * autocannon reads it, rather than with node:http's client: that client's own
 * work (request and response objects, streams, the agent handing the socket
 * back) is the bench's, not the server's, yet was timed with every page. On
 * this machine it added about 0.4 ms to an empty round trip at p50 and more at
 * p95 (see bench/README.md, "Search").
 */
export async function keepAliveClient(baseUrl: string, headers: Record<string, string>) {
  const { hostname, port, host } = new URL(baseUrl);
  const socket: Socket = connect(Number(port), hostname);
  socket.setNoDelay(true);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const headerLines = Object.entries({ host, ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');

  let waiting: { resolve(answer: Answer): void; reject(error: Error): void; status: number; bytes: number } | null = null;
  const fail = (error: Error) => {
    const current = waiting;
    waiting = null;
    current?.reject(error);
  };
  const parser = new HTTPParser(HTTPParser.RESPONSE);
  parser[HTTPParser.kOnHeadersComplete] = (info) => {
    if (waiting) waiting.status = info.statusCode;
  };
  parser[HTTPParser.kOnBody] = (_chunk, _offset, length) => {
    if (waiting) waiting.bytes += length;
  };
  parser[HTTPParser.kOnMessageComplete] = () => {
    const current = waiting;
    waiting = null;
    current?.resolve({ status: current.status, bytes: current.bytes });
  };
  socket.on('data', (chunk: Buffer) => {
    const parsed = parser.execute(chunk);
    if (parsed instanceof Error) {
      fail(parsed);
      socket.destroy();
    }
  });
  socket.on('error', fail);
  socket.on('close', () => fail(new Error('the server closed the connection')));

  const get = (path: string, timeoutMs = 30_000) =>
    new Promise<Answer>((resolve, reject) => {
      if (waiting) throw new Error('one request at a time');
      if (socket.destroyed) throw new Error('the connection is closed');
      const timer = setTimeout(() => {
        fail(new Error(`GET ${path} took over ${timeoutMs / 1000} s`));
        // Its answer may still come: it must not be taken for the next one's.
        socket.destroy();
      }, timeoutMs);
      const settle =
        <T>(then: (value: T) => void) =>
        (value: T) => {
          clearTimeout(timer);
          then(value);
        };
      waiting = { resolve: settle(resolve), reject: settle(reject), status: 0, bytes: 0 };
      socket.write(`GET ${path} HTTP/1.1\r\n${headerLines}\r\n`);
    });
  return { get, close: () => socket.destroy() };
}
