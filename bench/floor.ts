import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildServer, spawnServer } from './child.ts';

/**
 * The floor: a bare node:http server that answers every request with the same
 * bytes as the signed-in home page, and does nothing else. It runs as a child
 * process, like the app, so that both are measured the same way.
 */
export async function startFloor(body: Buffer, contentType: string): Promise<ChildServer> {
  const dir = mkdtempSync(join(tmpdir(), 'guildhall-floor-'));
  const file = join(dir, 'home.html');
  writeFileSync(file, body);
  try {
    const server = await spawnServer({ script: 'bench/floor.ts', args: [file, contentType], env: {}, readyPath: '/' });
    return {
      ...server,
      stop: async () => {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function serveFloor(file: string, contentType: string, port: number, host: string) {
  const body = readFileSync(file);
  const headers = { 'content-type': contentType, 'content-length': String(body.length) };
  const server = createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(body);
  });
  server.listen(port, host);
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

if (import.meta.main) {
  const [file, contentType = 'text/html; charset=utf-8'] = process.argv.slice(2);
  if (!file) throw new Error('usage: node bench/floor.ts <body file> [content-type]');
  serveFloor(file, contentType, Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
}
