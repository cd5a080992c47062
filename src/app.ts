import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { aboutRoutes } from './features/about/about.routes.ts';
import { adminRoutes } from './features/admin/admin.routes.ts';
import { settingsRoutes } from './features/settings/settings.routes.ts';
import { structureRoutes } from './features/structure/structure.routes.ts';
import { createStructureService } from './features/structure/structure.service.ts';
import { answerClientError } from './platform/client-errors.ts';
import { platformRoutes } from './features/platform/platform.routes.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { directoryRoutes } from './features/directory/directory.routes.ts';
import { createDirectory } from './features/directory/directory.service.ts';
import { createDirectorySnapshots } from './features/directory/directory.snapshot.ts';
import { directoryRoleAreas } from './features/directory/directory.role-areas.ts';
import { importRoutes } from './features/import/import.routes.ts';
import { roleRoutes } from './features/roles/roles.routes.ts';
import { createRolesService } from './features/roles/roles.service.ts';
import { createPeopleAdmin } from './features/people/people.admin.service.ts';
import { peopleRoutes } from './features/people/people.routes.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { createAuthService } from './features/auth/auth.service.ts';
import { brandRoutes } from './features/brand/brand.routes.ts';
import { homeRoutes } from './features/home/home.routes.ts';
import { outboxRoutes } from './features/outbox/outbox.routes.ts';
import { languageRoutes } from './features/profile/language.routes.ts';
import { photoRoutes } from './features/profile/photo.routes.ts';
import { profileRoutes } from './features/profile/profile.routes.ts';
import { accessPlugin, type RouteEntry } from './platform/access.ts';
import type { JobQueue } from './platform/jobs.ts';
import { createContent } from './features/content/content.module.ts';
import { createSearchFeature } from './features/search/search.module.ts';
import { openChangeFeed } from './platform/changes.ts';
import type { FileStore } from './platform/files.ts';
import { errorPagesPlugin } from './platform/errors.ts';
import { healthRoutes } from './platform/health.ts';
import { loggerOptions, requestIdOptions } from './platform/logging.ts';
import type { Mailer } from './platform/mail.ts';
import { safeMethods, securityPlugin } from './platform/security.ts';
import { createSessionManager, sessionPlugin } from './platform/session.ts';
import { viewsPlugin } from './platform/views.ts';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  mailer: Mailer;
  /** Signs the CSRF cookie; server.ts resolves it from SESSION_SECRET or a development default. */
  secret: string;
  /** Where uploaded files are kept. */
  files: FileStore;
  /** Background work: pg-boss in a server, run inline in tests. */
  jobs: JobQueue;
  /** Where logs go; stdout when absent. Tests read them from here. */
  logStream?: NodeJS.WritableStream;
}

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));

/** Wires the application by hand, in order: platform first, then features. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database, mailer } = deps;
  const db = database.db;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, deps.logStream),
    ...requestIdOptions(config.trustProxy),
    trustProxy: config.trustProxy,
    bodyLimit: config.uploadLimitMb * 1024 * 1024 + 64 * 1024,
    clientErrorHandler: answerClientError,
  });
  // Outside the pages (health, assets), a failure answers without its message.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'request failed');
    return reply.code(status).send({ statusCode: status, error: status === 500 ? 'Internal Server Error' : error.code });
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(securityPlugin, { secret: deps.secret, secure: config.secure, uploadLimitBytes: config.uploadLimitMb * 1024 * 1024 });
  await app.register(fastifyStatic, { root: publicDir, prefix: '/assets/', maxAge: '1d' });
  await app.register(healthRoutes, { db });

  const feed = await openChangeFeed(database);
  app.decorate('changes', feed);
  app.addHook('onClose', () => feed.close());
  // What a form changed, its next page must show: answer only once this instance has heard of its changes.
  // (A refusal changed nothing, and need not wait.)
  app.addHook('onSend', async (request, reply) => {
    if (!safeMethods.has(request.method) && reply.statusCode < 400) await feed.caughtUp();
  });
  const sessions = createSessionManager({
    db,
    feed,
    idleMinutes: config.sessionIdleMinutes,
    maxHours: config.sessionMaxHours,
    secure: config.secure,
  });
  const auth = createAuthService({ db, sessions, mailer, baseUrl: config.baseUrl });
  const snapshots = createDirectorySnapshots({ db, feed });
  const roles = createRolesService({ db, feed, snapshots });
  const directory = createDirectory({ snapshots, roles });
  const content = createContent({
    db,
    feed,
    files: deps.files,
    jobs: deps.jobs,
    mailer,
    baseUrl: config.baseUrl,
    roles,
    snapshots,
    directory,
    log: (error, message) => app.log.error({ err: error }, message),
  });
  await content.startWork();
  app.addHook('onClose', () => content.stop());
  const search = createSearchFeature({
    db,
    feed,
    access: content.access,
    sections: content.sections,
    snapshots,
    log: (error, message) => app.log.error({ err: error }, message),
    secret: deps.secret,
  });
  app.addHook('onClose', () => search.stop());

  const routeCatalog: RouteEntry[] = [];
  app.decorate('routeCatalog', routeCatalog);

  // Pages: everything below knows who is signed in, declares who may call it, and renders through the layout.
  await app.register(async (pages) => {
    await pages.register(sessionPlugin, { sessions });
    await pages.register(accessPlugin, { catalog: routeCatalog });
    await pages.register(viewsPlugin, { production: config.env === 'production' });
    await pages.register(errorPagesPlugin);
    await pages.register(authRoutes, { auth, sessions });
    await pages.register(homeRoutes, { news: content.news });
    await pages.register(profileRoutes, { db });
    await pages.register(photoRoutes, { db, files: deps.files });
    await pages.register(languageRoutes, { db, secure: config.secure });
    await pages.register(outboxRoutes, { db });
    await pages.register(auditRoutes, { db });
    await pages.register(directoryRoutes, { directory });
    await pages.register(roleRoutes, { roles, directory, kinds: [...directoryRoleAreas(snapshots), ...content.roleAreas] });
    await pages.register(content.routes);
    await pages.register(search.routes);
    await pages.register(importRoutes, { db, roles });
    await pages.register(peopleRoutes, { directory, people: createPeopleAdmin({ db, auth, roles }) });
    await pages.register(structureRoutes, { directory, structure: createStructureService(db, roles) });
    await pages.register(settingsRoutes, { db });
    await pages.register(adminRoutes);
    await pages.register(platformRoutes, { db, auth });
    await pages.register(aboutRoutes);
    await pages.register(brandRoutes, { db });
  });
  return app;
}
