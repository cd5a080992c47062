import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { Db } from '../../db/database.ts';
import { locales } from '../../db/schema.ts';
import { maxReturnPath, safeReturnPath } from '../../platform/require-sign-in.ts';
import { languageCookie } from '../../platform/session.ts';
import { setPreferredLocale } from './profile.queries.ts';
import { csrfField } from '../../platform/schemas.ts';

const languageBody = Type.Object({
  _csrf: csrfField,
  lang: Type.Union(locales.map((locale) => Type.Literal(locale))),
  returnTo: Type.Optional(Type.String({ maxLength: maxReturnPath })),
});

/** Switches language: remembered on the person when signed in, in a cookie otherwise. */
export async function languageRoutes(parent: FastifyInstance, options: { db: Db; secure: boolean }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  app.post('/language', { config: { access: 'public' }, schema: { body: languageBody } }, async (request, reply) => {
    const { lang } = request.body;
    const actor = request.actor;
    if (actor) {
      await setPreferredLocale(options.db, actor.orgId, actor.userId, lang);
    }
    reply.setCookie(languageCookie, lang, { path: '/', sameSite: 'lax', httpOnly: true, secure: options.secure, maxAge: 365 * 24 * 3600 });
    return reply.redirect(safeReturnPath(request.body.returnTo), 303);
  });
}
