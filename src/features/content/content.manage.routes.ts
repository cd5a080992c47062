import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { Db } from '../../db/database.ts';
import { isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { errorView, type FieldError } from '../../platform/forms.ts';
import { ukLocalTime } from '../../platform/formats.ts';
import { translatorFor } from '../../platform/i18n.ts';
import { checkedText, csrfField, optionalText } from '../../platform/schemas.ts';
import type { Actor } from '../../platform/session.ts';
import { diffText } from './content.diff.ts';
import { eventsOf, versionOf, versionsOf } from './content.read.ts';
import { sectionTrail } from './content.reading.ts';
import { pathOf } from './content.paths.ts';
import type { ContentService } from './content.service.ts';
import type { ContentTransitions } from './content.transitions.ts';
import { actionsFrom, IllegalTransitionError, workflowActions, type WorkflowAction } from './content.workflow.ts';

const idParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const versionParams = Type.Object({ id: Type.String({ format: 'uuid' }), version: Type.Integer({ minimum: 1, maximum: 1_000_000 }) });
const workflowBody = Type.Object({
  _csrf: csrfField,
  action: optionalText(20),
  comment: checkedText,
  liveFrom: optionalText(20),
  liveUntil: optionalText(20),
});
const draftAccess = { action: 'content:view-drafts', perResource: true } as const;
const publishAccess = { action: 'content:publish', perResource: true } as const;
const emptyBody = Type.Object({ _csrf: csrfField });

/** Reads the workflow form: the step, the reviewer's comment, and when to go live and come down (UK time). */
function checkWorkflow(body: { action?: string; comment?: string; liveFrom?: string; liveUntil?: string }, t: (key: string) => string) {
  const errors: FieldError[] = [];
  const action = (workflowActions as readonly string[]).includes(body.action ?? '') ? (body.action as WorkflowAction) : null;
  if (!action || action === 'save') errors.push({ field: 'action', text: t('content.errors.action') });
  const comment = body.comment?.trim() || null;
  if (comment && comment.length > 2000) errors.push({ field: 'comment', text: t('content.errors.commentLong') });
  const when = (field: 'liveFrom' | 'liveUntil') => {
    const value = body[field]?.trim();
    if (!value) return null;
    const date = ukLocalTime(value);
    if (date === 'skipped') errors.push({ field, text: t('content.errors.clocksSkip') });
    else if (!date) errors.push({ field, text: t(`content.errors.${field}`) });
    return date instanceof Date ? date : null;
  };
  return { input: { action: action ?? 'submit', comment, liveFrom: when('liveFrom'), liveUntil: when('liveUntil') }, errors };
}

/** An item's management page, its workflow steps, its history and versions, and deleting it. */
export async function contentManageRoutes(
  parent: FastifyInstance,
  options: { db: Db; content: ContentService; transitions: ContentTransitions },
) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db, content, transitions } = options;

  async function showManage(
    request: FastifyRequest<{ Params: { id: string } }>,
    reply: FastifyReply,
    errors: FieldError[] = [],
    values = {},
  ) {
    const actor = request.actor as Actor;
    const { item, place } = await content.load(actor, request.params.id);
    const may = (action: 'content:edit' | 'content:publish') => isAllowed(actor, action, place.resource);
    const steps = actionsFrom(item.status).filter((step) => step !== 'save' && may(step === 'submit' ? 'content:edit' : 'content:publish'));
    return reply.page('content/views/manage.njk', {
      item,
      base: pathOf[item.kind],
      steps,
      canEdit: may('content:edit') && actionsFrom(item.status).includes('save'),
      canPublish: may('content:publish'),
      trail: sectionTrail(place.snapshot, item.section_id, request.locale),
      saved: (request.query as { saved?: string }).saved === '1',
      values,
      ...errorView(errors),
    });
  }

  for (const kind of ['page', 'news'] as const) {
    const base = pathOf[kind];
    const sameKind = async (actor: Actor, id: string) => {
      const { item } = await content.load(actor, id);
      if (item.kind !== kind) throw new NotFoundError();
      return item;
    };

    app.get(`${base}/:id/manage`, { config: { access: draftAccess }, schema: { params: idParams } }, async (request, reply) => {
      await sameKind(request.actor as Actor, request.params.id);
      return showManage(request, reply);
    });

    app.post(
      `${base}/:id/workflow`,
      { config: { access: draftAccess }, schema: { params: idParams, body: workflowBody } },
      async (request, reply) => {
        const actor = request.actor as Actor;
        await sameKind(actor, request.params.id);
        const t = translatorFor(request.locale);
        const { input, errors } = checkWorkflow(request.body, t);
        let problems = errors;
        try {
          if (!problems.length) problems = await transitions.transition(actor, request.params.id, input, t);
        } catch (error) {
          if (!(error instanceof IllegalTransitionError)) throw error;
          problems = [{ field: 'action', text: t('content.errors.illegal') }];
        }
        if (problems.length) return showManage(request, reply.code(400), problems, request.body);
        return reply.redirect(`${base}/${request.params.id}/manage?saved=1`, 303);
      },
    );

    app.post(
      `${base}/:id/reviewed`,
      { config: { access: publishAccess }, schema: { params: idParams, body: emptyBody } },
      async (request, reply) => {
        await sameKind(request.actor as Actor, request.params.id);
        await transitions.markReviewed(request.actor as Actor, request.params.id);
        return reply.redirect(`${base}/${request.params.id}/manage?saved=1`, 303);
      },
    );

    app.post(
      `${base}/:id/delete`,
      { config: { access: publishAccess }, schema: { params: idParams, body: emptyBody } },
      async (request, reply) => {
        await sameKind(request.actor as Actor, request.params.id);
        const { sectionId } = await content.remove(request.actor as Actor, request.params.id);
        return reply.redirect(sectionId ? `/sections/${sectionId}?deleted=1` : '/news?deleted=1', 303);
      },
    );

    app.get(`${base}/:id/history`, { config: { access: draftAccess }, schema: { params: idParams } }, async (request, reply) => {
      const actor = request.actor as Actor;
      const item = await sameKind(actor, request.params.id);
      const [versions, events] = await Promise.all([versionsOf(db, actor.orgId, item.id), eventsOf(db, actor.orgId, item.id)]);
      return reply.page('content/views/history.njk', { item, base, versions, events });
    });

    app.get(
      `${base}/:id/history/:version`,
      { config: { access: draftAccess }, schema: { params: versionParams } },
      async (request, reply) => {
        const actor = request.actor as Actor;
        const item = await sameKind(actor, request.params.id);
        const { version } = request.params;
        const [shown, before] = await Promise.all([
          versionOf(db, actor.orgId, item.id, version),
          version > 1 ? versionOf(db, actor.orgId, item.id, version - 1) : Promise.resolve(undefined),
        ]);
        if (!shown) throw new NotFoundError();
        const { place } = await content.load(actor, item.id);
        return reply.page('content/views/version.njk', {
          item,
          base,
          shown,
          before,
          title: diffText(before?.title ?? '', shown.title),
          summary: diffText(before?.summary ?? '', shown.summary),
          body: diffText(before?.body ?? '', shown.body),
          canRestore: isAllowed(actor, 'content:publish', place.resource) && version !== item.latest_version && item.status !== 'archived',
        });
      },
    );

    app.post(
      `${base}/:id/history/:version/restore`,
      { config: { access: publishAccess }, schema: { params: versionParams, body: emptyBody } },
      async (request, reply) => {
        await sameKind(request.actor as Actor, request.params.id);
        await content.restoreVersion(request.actor as Actor, request.params.id, request.params.version);
        return reply.redirect(`${base}/${request.params.id}/manage?saved=1`, 303);
      },
    );
  }
}
