import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { Db } from '../../db/database.ts';
import { InvalidInputError } from '../../platform/errors.ts';
import { errorView, type FieldError, looksLikeEmail, normaliseEmail } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import type { AuthService } from '../auth/auth.service.ts';
import { createOrganisation, findOrganisationByCode, organisationProblems } from '../organisations/organisations.service.ts';
import { insertPerson, organisationNames } from '../people/people.queries.ts';
import { recordAudit } from '../../platform/audit.ts';
import { checkedText, csrfField, optionalText } from '../../platform/schemas.ts';

const access = { action: 'platform:manage' } as const;
const orgBody = Type.Object({
  _csrf: csrfField,
  code: checkedText,
  name: checkedText,
  nameCy: checkedText,
  colour: checkedText,
  adminName: checkedText,
  adminEmail: checkedText,
});
const adminNameLimit = 200;

/** For the platform's operators: every organisation, and a new one with its first admin. */
export async function platformRoutes(parent: FastifyInstance, options: { db: Db; auth: AuthService }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db, auth } = options;

  async function showPage(
    request: FastifyRequest,
    reply: FastifyReply,
    view: { values?: Record<string, unknown>; errors?: FieldError[]; created?: string },
  ) {
    const organisations = await db
      .selectFrom('organisations as o')
      .leftJoin(
        (eb) =>
          eb
            .selectFrom('users')
            .select(['org_id', (c) => c.fn.countAll<number>().as('people')])
            .where('disabled_at', 'is', null)
            .groupBy('org_id')
            .as('c'),
        (join) => join.onRef('c.org_id', '=', 'o.id'),
      )
      .select(['o.code', 'o.name', 'o.name_cy', 'c.people'])
      .orderBy('o.name')
      .execute();
    return reply.page('platform/views/platform.njk', {
      organisations,
      values: view.values ?? {},
      created: view.created,
      ...errorView(view.errors ?? []),
    });
  }

  app.get(
    '/platform',
    { config: { access }, schema: { querystring: Type.Object({ created: optionalText(40) }) } },
    async (request, reply) => showPage(request, reply, { created: request.query.created }),
  );

  app.post('/platform/organisations', { config: { access }, schema: { body: orgBody } }, async (request, reply) => {
    const t = translatorFor(request.locale);
    const body = request.body;
    const adminEmail = normaliseEmail(body.adminEmail ?? '');
    const organisation = { code: body.code ?? '', name: body.name ?? '', nameCy: body.nameCy, brandColour: body.colour };
    // Every problem at once, in the order the form asks, each beside its own field.
    const errors: FieldError[] = organisationProblems(organisation).map((problem) => ({ field: problem.field, text: t(problem.key) }));
    const code = organisation.code.trim().toLowerCase();
    if (!errors.some((error) => error.field === 'code') && (await findOrganisationByCode(db, code)))
      errors.push({ field: 'code', text: t('platform.errors.codeTaken', { code }) });
    const adminName = body.adminName?.trim() ?? '';
    if (!adminName) errors.push({ field: 'adminName', text: t('people.errors.nameMissing') });
    else if (adminName.length > adminNameLimit)
      errors.push({ field: 'adminName', text: t('people.errors.tooLong', { limit: adminNameLimit }) });
    if (!looksLikeEmail(adminEmail)) errors.push({ field: 'adminEmail', text: t('people.errors.email') });
    else if (await db.selectFrom('users').select('id').where('email', '=', adminEmail).executeTakeFirst())
      errors.push({ field: 'adminEmail', text: t('people.errors.emailTaken') });
    const fieldOrder = ['name', 'nameCy', 'code', 'colour', 'adminName', 'adminEmail'];
    errors.sort((a, b) => fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field));
    if (errors.length) return showPage(request, reply.code(400), { values: body, errors });
    let org: { id: string; code: string };
    try {
      org = await createOrganisation(db, organisation);
    } catch (error) {
      // Only the code can be taken between the check above and now, by another operator adding the same one.
      if (!(error instanceof InvalidInputError)) throw error;
      return showPage(request, reply.code(400), {
        values: body,
        errors: [{ field: 'code', text: t('platform.errors.codeTaken', { code }) }],
      });
    }
    const actor = request.actor as Actor;
    await db.transaction().execute(async (trx) => {
      const fields = {
        email: adminEmail,
        display_name: (body.adminName ?? '').trim(),
        job_title: null,
        staff_group: 'manager' as const,
        team_id: null,
        manager_id: null,
        phone: null,
        location: null,
        working_pattern: null,
        skills: [],
        ask_me_about: [],
        role: 'org_admin' as const,
      };
      const admin = await insertPerson(trx, org.id, fields);
      await recordAudit(trx, {
        orgId: org.id,
        actorId: null,
        action: 'user.created',
        subjectType: 'user',
        subjectId: admin.id,
        details: { role: 'org_admin', by_platform_admin: actor.userId },
      });
      await auth.sendPasswordLink(trx, { ...admin, ...(await organisationNames(trx, org.id)) }, request.locale, 'welcome');
    });
    return reply.redirect(`/platform?created=${org.code}`, 303);
  });
}
