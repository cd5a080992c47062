import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.ts';
import type { ChangeFeed } from '../../platform/changes.ts';
import type { FileStore } from '../../platform/files.ts';
import type { JobQueue } from '../../platform/jobs.ts';
import type { Mailer } from '../../platform/mail.ts';
import type { DirectorySnapshots } from '../directory/directory.snapshot.ts';
import type { Directory } from '../directory/directory.service.ts';
import { createDocumentProcessor } from '../documents/documents.process.ts';
import { documentRoutes } from '../documents/documents.routes.ts';
import { createDocuments } from '../documents/documents.service.ts';
import type { RolesService } from '../roles/roles.service.ts';
import { createContentAccess } from './content.access.ts';
import { createContentDaily } from './content.daily.ts';
import { createContentEditor } from './content.editor.ts';
import { contentFeedbackRoutes } from './content.feedback.routes.ts';
import { createContentFeedback } from './content.feedback.ts';
import { createContentImages } from './content.images.ts';
import { createItemPages } from './content.item-page.ts';
import { contentManageRoutes } from './content.manage.routes.ts';
import { createContentReading } from './content.reading.ts';
import { contentReportRoutes } from './content.report.ts';
import { contentRoleAreas } from './content.role-areas.ts';
import { contentRoutes } from './content.routes.ts';
import { createContentService } from './content.service.ts';
import { createContentTransitions } from './content.transitions.ts';
import { contentTrashRoutes } from './content.trash.routes.ts';
import { createContentTrash } from './content.trash.ts';
import { createViewCounter } from './content.views.ts';
import { newsRoutes } from './news.routes.ts';
import { createNews } from './news.service.ts';
import { sectionRoutes } from './sections.routes.ts';
import { createSectionsService } from './sections.service.ts';
import { createSectionsSnapshots } from './sections.snapshot.ts';

export interface ContentDeps {
  db: Db;
  feed: ChangeFeed;
  files: FileStore;
  jobs: JobQueue;
  mailer: Mailer;
  baseUrl: string;
  roles: RolesService;
  snapshots: DirectorySnapshots;
  directory: Directory;
  log: (error: unknown, message: string) => void;
}

/**
 * Sections, pages, news and documents, wired by hand in order: what the
 * content routes need, the news the home page shows, the areas with roles
 * pages, and the work the job queue does for content.
 */
export function createContent(deps: ContentDeps) {
  const { db, feed, files, jobs, roles } = deps;
  const sections = createSectionsSnapshots({ db, feed });
  const access = createContentAccess({ sections, roles });
  const images = createContentImages(files);
  const content = createContentService({ db, access, images });
  const views = createViewCounter(db, (error) => deps.log(error, 'view counts could not be saved'));
  const reading = createContentReading({ db, feed, access, views });
  const editor = createContentEditor({ db, access, content, directory: deps.directory });
  const feedback = createContentFeedback({ db, reading, content });
  const pages = createItemPages({ content, reading, editor, feedback });
  const news = createNews({ db, feed, snapshots: deps.snapshots, access });
  const documents = createDocuments({ db, access, files, jobs });
  const daily = createContentDaily({ db, mailer: deps.mailer, files, baseUrl: deps.baseUrl });

  async function routes(app: FastifyInstance) {
    await app.register(sectionRoutes, { sections: createSectionsService({ db, sections, access }), access, directory: deps.directory });
    await app.register(contentRoutes, { content, editor, pages });
    await app.register(contentManageRoutes, { db, content, transitions: createContentTransitions({ db, content }) });
    await app.register(contentFeedbackRoutes, { feedback, pages });
    await app.register(newsRoutes, { news, reading, access, content, images });
    await app.register(contentTrashRoutes, { trash: createContentTrash({ db, access, sections }) });
    await app.register(contentReportRoutes, { db, sections });
    await app.register(documentRoutes, { documents });
  }

  /** The queue's work for content: reading uploaded documents, and the daily round. */
  async function startWork(): Promise<void> {
    await jobs.work('document-process', createDocumentProcessor({ db, files, log: deps.log }));
    await jobs.work('content-daily', async () => {
      await daily.run();
    });
    await jobs.schedule('content-daily', '15 6 * * *');
  }

  return { routes, news, access, sections, roleAreas: contentRoleAreas(access), startWork, stop: () => views.stop(), daily, views };
}
