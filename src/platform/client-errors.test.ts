import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let base = '';
beforeAll(async () => {
  t = await createTestApp();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(() => t.close());

/** Through Node's own HTTP parser, which app.inject skips. */
function get(path: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request(`${base}${path}`, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('a request too malformed to reach a page', () => {
  it('with an address too long for the server, gets a page saying what to do, in both languages', async () => {
    const answer = await get(`/search?q=${'word%20'.repeat(4000)}`);
    expect(answer.status).toBe(431);
    expect(answer.type).toBe('text/html; charset=utf-8');
    expect(answer.body).toContain('<h1>The address is too long</h1>');
    expect(answer.body).toContain('search for fewer words');
    expect(answer.body).toContain('<div lang="cy">');
    // The server still answers the next request.
    expect((await get('/health/live')).status).toBe(200);
  });
});
