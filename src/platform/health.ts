import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import Type from 'typebox';
import type { Db } from '../db/database.ts';

const healthReply = Type.Object({ status: Type.String(), database: Type.Optional(Type.String()) });

export async function healthRoutes(app: FastifyInstance, options: { db: Db }) {
  app.get('/health/live', { schema: { response: { 200: healthReply } } }, async () => ({ status: 'ok' }));

  app.get('/health/ready', { schema: { response: { 200: healthReply, 503: healthReply } } }, async (request, reply) => {
    try {
      await sql`select 1`.execute(options.db);
      return { status: 'ok', database: 'ok' };
    } catch (error) {
      request.log.warn({ err: error }, 'database not ready');
      return reply.code(503).send({ status: 'unavailable', database: 'unreachable' });
    }
  });
}
