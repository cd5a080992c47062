import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { Db } from '../../db/database.ts';

const brandParams = Type.Object({ file: Type.String({ pattern: '^[a-z0-9-]{2,40}\\.css$' }) });

/**
 * Each council's colour as a stylesheet, so pages need no inline style and the
 * CSP can forbid it. The layout links it with the colour in the query string,
 * so a changed colour is a new URL and this one may be cached for a day.
 * Only a council's own people get its sheet: the URL must not reveal which
 * organisations exist.
 */
export async function brandRoutes(app: FastifyInstance, options: { db: Db }) {
  app.get('/brand/:file', { config: { access: 'public' }, schema: { params: brandParams } }, async (request, reply) => {
    const code = (request.params as { file: string }).file.replace(/\.css$/, '');
    if (request.actor?.orgCode !== code) return reply.code(404).type('text/css').send('');
    const org = await options.db.selectFrom('organisations').select('brand_colour').where('code', '=', code).executeTakeFirst();
    if (!org) return reply.code(404).type('text/css').send('');
    return reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'private, max-age=86400')
      .send(`:root { --guildhall-brand: ${org.brand_colour}; }\n`);
  });
}
