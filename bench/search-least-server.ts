import Fastify from 'fastify';
import { openDatabase } from '../src/db/database.ts';
import { runSearch, searchStatement } from '../src/features/search/search.sql.ts';
import { memberSearchParams } from './search-member.ts';

/**
 * The least a search page could be, for the search bench to measure beside
 * the app (PostgreSQL only): a bare Fastify server that runs the app's own
 * statement for a member as the app runs it (runSearch: BEGIN while it is
 * compiled, the answer before COMMIT), and answers with `bytes` bytes, the
 * size of the app's page for that query. No session, permissions, hooks or
 * rendering: its overhead over the floor is what HTTP, Fastify and a process
 * woken twice cost on the machine, which no page can avoid.
 *
 * Started by bench/search.ts with DATABASE_URL, ORG_ID, SECTIONS (a JSON
 * array of section ids), PORT and HOST.
 */

const { DATABASE_URL: databaseUrl, ORG_ID: orgId, SECTIONS: sectionsJson, PORT: port, HOST: host } = process.env;
if (!databaseUrl || !orgId || !sectionsJson || !port) throw new Error('search-least-server needs DATABASE_URL, ORG_ID, SECTIONS and PORT');
const sections = JSON.parse(sectionsJson) as string[];
const handle = await openDatabase({ databaseUrl });
const largestPage = 1024 * 1024;
const filler = Buffer.alloc(largestPage, 'x');

const app = Fastify();
app.get('/health/ready', async () => ({ status: 'ok' }));
app.get<{ Querystring: { q?: string; bytes?: string } }>('/search', async (request, reply) => {
  const q = request.query.q ?? '';
  const bytes = Math.min(Math.max(Number(request.query.bytes) || 0, 0), largestPage);
  await runSearch(
    handle.db,
    async () => ({ statement: searchStatement(memberSearchParams(orgId, sections, q)).compile(handle.db) }),
    async () => undefined,
    // A bare Fastify has no logger: a COMMIT that fails after the answer shows in the bench's server output.
    (error) => console.error('search-least-server: a COMMIT failed after its answer:', error),
  );
  return reply.type('text/html; charset=utf-8').send(filler.subarray(0, bytes));
});
app.addHook('onClose', () => handle.close());
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void app.close().then(() => process.exit(0)));
await app.listen({ port: Number(port), host: host ?? '127.0.0.1' });
