import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import { errorView, type FieldError } from '../../platform/forms.ts';
import { translatorFor } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import type { Directory } from '../directory/directory.service.ts';
import { checkUnit, type UnitForm, unitKinds } from './structure.forms.ts';
import type { StructureService } from './structure.service.ts';
import { checkedText, csrfField, optionalText, uuidParams } from '../../platform/schemas.ts';

const unitBody = Type.Object({
  _csrf: csrfField,
  name: checkedText,
  nameCy: checkedText,
  kind: optionalText(20),
  parentId: optionalText(36),
});
const reshape = { action: 'structure:manage' } as const;

export async function structureRoutes(parent: FastifyInstance, options: { directory: Directory; structure: StructureService }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { directory, structure } = options;

  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    view: { unitId: string | null; values: UnitForm; canReshape: boolean; errors?: FieldError[] },
  ) {
    // Where it may go: not into itself or a unit within it.
    const units = view.canReshape ? await directory.choices((request.actor as Actor).orgId, request.locale, view.unitId) : [];
    return reply.page('structure/views/unit-form.njk', { ...view, units, unitKinds, ...errorView(view.errors ?? []) });
  }

  app.get(
    '/teams/new',
    { config: { access: reshape }, schema: { querystring: Type.Object({ parent: optionalText(36) }) } },
    async (request, reply) =>
      showForm(request, reply, {
        unitId: null,
        values: { parentId: request.query.parent ?? '', kind: request.query.parent ? 'team' : 'directorate' },
        canReshape: true,
      }),
  );

  app.post('/teams', { config: { access: reshape }, schema: { body: unitBody } }, async (request, reply) => {
    const t = translatorFor(request.locale);
    const { unit, errors } = checkUnit(request.body, t);
    const result = errors.length ? { errors } : await structure.create(request.actor as Actor, unit, t);
    if (result.errors.length || !('id' in result))
      return showForm(request, reply.code(400), { unitId: null, values: request.body, canReshape: true, errors: result.errors });
    return reply.redirect(`/teams/${result.id}`, 303);
  });

  app.get(
    '/teams/:id/edit',
    { config: { access: { action: 'team:manage', perResource: true } }, schema: { params: uuidParams } },
    async (request, reply) => {
      const { existing, reshape: canReshape } = await structure.editRights(request.actor as Actor, request.params.id);
      const values = { name: existing.name, nameCy: existing.name_cy ?? '', kind: existing.kind, parentId: existing.parent_id ?? '' };
      return showForm(request, reply, { unitId: existing.id, values, canReshape });
    },
  );

  app.post(
    '/teams/:id',
    { config: { access: { action: 'team:manage', perResource: true } }, schema: { params: uuidParams, body: unitBody } },
    async (request, reply) => {
      const t = translatorFor(request.locale);
      const actor = request.actor as Actor;
      const { existing, reshape: canReshape } = await structure.editRights(actor, request.params.id);
      // Someone who may only rename keeps the unit where it is, whatever the form says.
      const posted = canReshape ? request.body : { ...request.body, kind: existing.kind, parentId: existing.parent_id ?? '' };
      const { unit, errors } = checkUnit(posted, t);
      const problems = errors.length ? errors : await structure.update(actor, existing.id, unit, t);
      if (problems.length) return showForm(request, reply.code(400), { unitId: existing.id, values: posted, canReshape, errors: problems });
      return reply.redirect(`/teams/${existing.id}`, 303);
    },
  );

  app.post('/teams/:id/delete', { config: { access: reshape }, schema: { params: uuidParams } }, async (request, reply) => {
    const actor = request.actor as Actor;
    const t = translatorFor(request.locale);
    const problems = await structure.remove(actor, request.params.id, t);
    if (!problems.length) return reply.redirect('/people', 303);
    const { existing } = await structure.editRights(actor, request.params.id);
    const values = { name: existing.name, nameCy: existing.name_cy ?? '', kind: existing.kind, parentId: existing.parent_id ?? '' };
    return showForm(request, reply.code(400), { unitId: existing.id, values, canReshape: true, errors: problems });
  });
}
