import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { staffGroups } from '../../db/schema.ts';
import { errorView, type FieldError } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import type { Directory } from '../directory/directory.service.ts';
import type { PeopleAdmin } from './people.admin.service.ts';
import { checkPerson, type PersonForm } from './people.forms.ts';
import { checkedText, csrfField, firstOf, optionalText, queryValue, uuidParams } from '../../platform/schemas.ts';

const access = { action: 'people:manage', perResource: true } as const;
const personBody = Type.Object({
  _csrf: csrfField,
  email: checkedText,
  displayName: checkedText,
  jobTitle: checkedText,
  staffGroup: optionalText(40),
  teamId: optionalText(36),
  managerEmail: checkedText,
  phone: checkedText,
  location: checkedText,
  workingPattern: checkedText,
  skills: checkedText,
  askMeAbout: checkedText,
  orgAdmin: optionalText(3),
});
const savedQuery = Type.Object({ saved: Type.Optional(Type.Union([Type.Literal('created'), Type.Literal('updated')])) });
// Generous shapes: the page explains a search that is too long, and reads a page number it cannot use as the first.
const listQuery = Type.Object({ q: queryValue, page: queryValue });
const maxListQuery = 200;
const maxListPage = 10_000;

/** The form's values from a stored person, for editing. */
function formFrom(person: Awaited<ReturnType<PeopleAdmin['forEditing']>>): PersonForm {
  return {
    email: person.email,
    displayName: person.display_name,
    jobTitle: person.job_title ?? '',
    staffGroup: person.staff_group,
    teamId: person.team_id ?? '',
    managerEmail: person.manager_email ?? '',
    phone: person.phone ?? '',
    location: person.location ?? '',
    workingPattern: person.working_pattern ?? '',
    skills: person.skills.join(', '),
    askMeAbout: person.ask_me_about.join(', '),
    orgAdmin: person.role === 'org_admin' ? 'yes' : '',
  };
}

export async function peopleRoutes(parent: FastifyInstance, options: { directory: Directory; people: PeopleAdmin }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { directory, people } = options;

  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    view: { personId: string | null; values: PersonForm; errors?: FieldError[]; disabled?: boolean; saved?: string | null },
  ) {
    const actor = request.actor as Actor;
    const [units, canAppointAdmins] = await Promise.all([directory.choices(actor.orgId, request.locale), people.canAppointAdmins(actor)]);
    return reply.page('people/views/person-form.njk', { ...view, units, staffGroups, canAppointAdmins, ...errorView(view.errors ?? []) });
  }

  app.get('/admin/people', { config: { access }, schema: { querystring: listQuery } }, async (request, reply) => {
    const asked = Number.parseInt(firstOf(request.query.page) ?? '', 10);
    const page = asked >= 1 && asked <= maxListPage ? asked : 1;
    const query = firstOf(request.query.q)?.trim() ?? '';
    if (query.length > maxListQuery) {
      const text = translatorFor(request.locale)('people.searchTooLong', { max: maxListQuery });
      return reply.code(400).page('people/views/people.njk', {
        // Only for those who may see the list at all.
        canAppointAdmins: await people.canAppointAdmins(request.actor as Actor),
        people: [],
        query,
        page: 1,
        ...errorView([{ field: 'q', text }]),
      });
    }
    const result = await people.list(request.actor as Actor, query, page);
    return reply.page('people/views/people.njk', { ...result, query, page });
  });

  app.get('/admin/people/new', { config: { access } }, async (request, reply) =>
    showForm(request, reply, { personId: null, values: { staffGroup: 'frontline' } }),
  );

  app.post('/admin/people', { config: { access }, schema: { body: personBody } }, async (request, reply) => {
    const t = translatorFor(request.locale);
    const { person, errors } = checkPerson(request.body, t);
    const result = errors.length ? { errors } : await people.create(request.actor as Actor, person, t, request.locale);
    if (result.errors.length) return showForm(request, reply.code(400), { personId: null, values: request.body, errors: result.errors });
    return reply.redirect(`/admin/people/${'id' in result ? result.id : ''}?saved=created`, 303);
  });

  app.get('/admin/people/:id', { config: { access }, schema: { params: uuidParams, querystring: savedQuery } }, async (request, reply) => {
    const person = await people.forEditing(request.actor as Actor, request.params.id);
    const saved = request.query.saved ?? null;
    return showForm(request, reply, { personId: person.id, values: formFrom(person), disabled: person.disabled_at !== null, saved });
  });

  app.post('/admin/people/:id', { config: { access }, schema: { params: uuidParams, body: personBody } }, async (request, reply) => {
    const t = translatorFor(request.locale);
    const actor = request.actor as Actor;
    const { person, errors } = checkPerson(request.body, t);
    const problems = errors.length ? errors : await people.update(actor, request.params.id, person, t);
    if (problems.length) return showForm(request, reply.code(400), { personId: request.params.id, values: request.body, errors: problems });
    return reply.redirect(`/admin/people/${request.params.id}?saved=updated`, 303);
  });

  for (const [path, active] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    app.post(`/admin/people/:id/${path}`, { config: { access }, schema: { params: uuidParams } }, async (request, reply) => {
      await people.setActive(request.actor as Actor, request.params.id, active);
      return reply.redirect(`/admin/people/${request.params.id}`, 303);
    });
  }
}
