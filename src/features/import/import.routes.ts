import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { uploadedFile } from '../../platform/security.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { Db } from '../../db/database.ts';
import { translatorFor, type Translate } from '../../platform/i18n.ts';
import type { Actor } from '../../platform/session.ts';
import { columns } from './import.problems.ts';
import type { RolesService } from '../roles/roles.service.ts';
import { createImportService, type ImportCounts } from './import.service.ts';
import { csrfField } from '../../platform/schemas.ts';

const path = '/admin/people/import';
const access = { action: 'people:manage', perResource: true } as const;
const count = Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 }));
// After an import, its counts ride in the address: numbers only, nothing personal.
const doneQuery = Type.Object({
  done: Type.Optional(Type.Integer({ minimum: 1, maximum: 1 })),
  created: count,
  updated: count,
  unchanged: count,
  reenabled: count,
  disabled: count,
  teamsCreated: count,
});
// The file arrives under its field name as an UploadedFile (src/platform/security.ts).
const uploadBody = Type.Object({
  _csrf: csrfField,
  disableMissing: Type.Optional(Type.String({ maxLength: 3 })),
  file: Type.Optional(Type.Unknown()),
});

interface PageState {
  mayCreateTeams: boolean;
  done?: ImportCounts | null;
  disableMissing?: string | undefined;
  problems?: string[];
}

/** One message for the file field itself; the summary above lists every problem. */
function fileError(problems: string[], t: Translate) {
  return problems.length === 1 ? problems[0] : t('import.errors.several');
}

function showPage(request: FastifyRequest, reply: FastifyReply, state: PageState) {
  const problems = state.problems ?? [];
  const t = translatorFor(request.locale);
  return reply.page('import/views/import.njk', {
    columns,
    mayCreateTeams: state.mayCreateTeams,
    done: state.done ?? null,
    values: { disableMissing: state.disableMissing },
    errors: problems.map((text) => ({ text, href: '#file' })),
    fieldErrors: problems.length ? { file: { text: fileError(problems, t) } } : {},
  });
}

/** The staff import page: upload a CSV, see what it did or what to correct. */
export async function importRoutes(parent: FastifyInstance, options: { db: Db; roles: RolesService }) {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const imports = createImportService(options.db, options.roles);

  app.get(path, { config: { access }, schema: { querystring: doneQuery } }, async (request, reply) => {
    const { mayCreateTeams } = await imports.authorizeImport(request.actor as Actor);
    const { done, created = 0, updated = 0, unchanged = 0, reenabled = 0, disabled = 0, teamsCreated = 0 } = request.query;
    const counts = done ? { created, updated, unchanged, reenabled, disabled, teamsCreated } : null;
    return showPage(request, reply, { mayCreateTeams, done: counts });
  });

  app.post(path, { config: { access }, schema: { body: uploadBody } }, async (request, reply) => {
    const actor = request.actor as Actor;
    const t = translatorFor(request.locale);
    const { file, disableMissing } = request.body;
    // Asked first, so that someone who may not import is refused before their file is looked at.
    const { mayCreateTeams } = await imports.authorizeImport(actor);
    const refuse = (problems: string[]) => showPage(request, reply.code(400), { mayCreateTeams, disableMissing, problems });
    // No file chosen: browsers still send the field, with nothing in it.
    const upload = uploadedFile(file);
    if (!upload?.content.length) return refuse([t('import.errors.fileMissing')]);
    const outcome = await imports.importAs(actor, { file: upload.content, disableMissing: disableMissing === 'yes' }, t);
    if (!outcome.ok) return refuse(outcome.problems);
    const counts = Object.entries(outcome.counts).map(([key, value]) => `${key}=${value}`);
    return reply.redirect(`${path}?done=1&${counts.join('&')}`, 303);
  });
}
