import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit.ts';
import { authorize, isAllowed } from '../../platform/authz.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files.ts';
import { type FieldError, isUuid } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import type { JobQueue } from '../../platform/jobs.ts';
import type { UploadedFile } from '../../platform/security.ts';
import type { Actor } from '../../platform/session.ts';
import type { ContentAccess, ContentPlace } from '../content/content.access.ts';
import { sectionTitle } from '../content/content.reading.ts';
import { type AcceptedType, checkUpload } from './file-types.ts';
import { findDocument, folderChain, folderContents, folderIsEmpty, versionFile, versionsOfDocument } from './documents.queries.ts';

/**
 * Each section's document library: folders, documents and their versions.
 * An upload is refused unless its content is what its name says; the text
 * inside it (and an image's thumbnail) is made afterwards by a job.
 */
export function createDocuments(deps: { db: Db; access: ContentAccess; files: FileStore; jobs: JobQueue }) {
  const { db, access, files, jobs } = deps;

  async function sectionPlace(actor: Actor, sectionId: string): Promise<ContentPlace> {
    const place = await access.section(actor, sectionId);
    if (!place?.section || !isAllowed(actor, 'content:view', place.resource)) throw new NotFoundError();
    return place;
  }

  /** A live folder of the section, with those above it (nearest first); not found otherwise. */
  async function folderIn(actor: Actor, sectionId: string, folderId: string | null) {
    if (!folderId) return [];
    if (!isUuid(folderId)) throw new NotFoundError();
    const chain = await folderChain(db, actor.orgId, sectionId, folderId);
    if (!chain) throw new NotFoundError();
    return chain;
  }

  async function library(actor: Actor, sectionId: string, folderId: string | null, locale: string) {
    const place = await sectionPlace(actor, sectionId);
    const chain = await folderIn(actor, sectionId, folderId);
    return {
      section: { id: sectionId, title: sectionTitle(place.section as NonNullable<ContentPlace['section']>, locale) },
      folder: chain[0] ?? null,
      folderTrail: [...chain].reverse(),
      ...(await folderContents(db, actor.orgId, sectionId, folderId)),
      canUpload: isAllowed(actor, 'content:create', place.resource),
      canManage: isAllowed(actor, 'content:publish', place.resource),
    };
  }

  const problemOf = (problem: string, t: Translate): FieldError => ({ field: 'file', text: t(`documents.errors.${problem}`) });

  /** Checks the file against its name and keeps it; the caller records it in its transaction. */
  async function keep(actor: Actor, upload: UploadedFile | null, t: Translate): Promise<{ stored?: Stored; errors: FieldError[] }> {
    if (!upload) return { errors: [problemOf('missing', t)] };
    const check = await checkUpload(upload.filename, upload.content);
    if (!check.ok) return { errors: [problemOf(check.problem, t)] };
    const key = `${actor.orgId}/documents/${randomUUID()}.${check.type.extensions[0]}`;
    await files.put(key, upload.content);
    return { stored: { key, type: check.type, upload }, errors: [] };
  }

  async function upload(
    actor: Actor,
    sectionId: string,
    input: { title: string; folderId: string | null; file: UploadedFile | null },
    t: Translate,
  ) {
    const place = await sectionPlace(actor, sectionId);
    authorize(actor, 'content:create', place.resource);
    await folderIn(actor, sectionId, input.folderId);
    const errors: FieldError[] = input.title.length > 200 ? [{ field: 'title', text: t('documents.errors.titleLong') }] : [];
    const kept = errors.length ? { errors } : await keep(actor, input.file, t);
    if (!kept.stored) return { errors: kept.errors };
    const stored = kept.stored;
    const title = input.title || stored.upload.filename.replace(/\.[^.]+$/, '').slice(0, 200) || stored.type.kind;
    const id = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('documents')
        .values({ org_id: actor.orgId, section_id: sectionId, folder_id: input.folderId, title, created_by: actor.userId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await insertDocumentVersion(trx, actor, row.id, 1, stored);
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'document.uploaded',
        subjectType: 'document',
        subjectId: row.id,
        details: { version: 1, kind: stored.type.kind },
      });
      return row.id;
    });
    await jobs.send('document-process', { orgId: actor.orgId, documentId: id, version: 1 });
    return { id, errors: [] };
  }

  /** The document and its place, if the actor may see it. */
  async function load(actor: Actor, id: string) {
    const document = await findDocument(db, actor.orgId, id);
    if (!document || document.deleted_at) throw new NotFoundError();
    const place = await sectionPlace(actor, document.section_id);
    return { document, place };
  }

  async function details(actor: Actor, id: string, locale: string) {
    const { document, place } = await load(actor, id);
    return {
      document,
      section: { id: document.section_id, title: sectionTitle(place.section as NonNullable<ContentPlace['section']>, locale) },
      versions: await versionsOfDocument(db, actor.orgId, id),
      canUpload: isAllowed(actor, 'content:create', place.resource),
      canManage: isAllowed(actor, 'content:publish', place.resource),
    };
  }

  async function newVersion(actor: Actor, id: string, file: UploadedFile | null, t: Translate): Promise<FieldError[]> {
    const { document, place } = await load(actor, id);
    authorize(actor, 'content:create', place.resource);
    const kept = await keep(actor, file, t);
    if (!kept.stored) return kept.errors;
    const stored = kept.stored;
    const version = document.latest_version + 1;
    await db.transaction().execute(async (trx) => {
      const moved = await trx
        .updateTable('documents')
        .set({ latest_version: version, updated_at: new Date() })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .where('latest_version', '=', document.latest_version)
        .executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) throw new NotFoundError();
      await insertDocumentVersion(trx, actor, id, version, stored);
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'document.uploaded',
        subjectType: 'document',
        subjectId: id,
        details: { version, kind: stored.type.kind },
      });
    });
    await jobs.send('document-process', { orgId: actor.orgId, documentId: id, version });
    return [];
  }

  /** The stored file of a version (the latest when none is given), to be sent as a download. */
  async function file(actor: Actor, id: string, version: number | null) {
    const { document } = await load(actor, id);
    const row = await versionFile(db, actor.orgId, id, version ?? document.latest_version);
    const content = row ? await files.get(row.file_key) : null;
    if (!row || !content) throw new NotFoundError();
    return { ...row, content };
  }

  async function thumbnail(actor: Actor, id: string) {
    const { document } = await load(actor, id);
    const content = document.thumbnail_key ? await files.get(document.thumbnail_key) : null;
    if (!content) throw new NotFoundError();
    return content;
  }

  async function remove(actor: Actor, id: string): Promise<string> {
    const { document, place } = await load(actor, id);
    authorize(actor, 'content:publish', place.resource);
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('documents')
        .set({ deleted_at: new Date(), deleted_by: actor.userId })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'document.deleted',
        subjectType: 'document',
        subjectId: id,
      });
    });
    return document.section_id;
  }

  async function createFolder(actor: Actor, sectionId: string, parentId: string | null, name: string, t: Translate): Promise<FieldError[]> {
    const place = await sectionPlace(actor, sectionId);
    authorize(actor, 'content:publish', place.resource);
    await folderIn(actor, sectionId, parentId);
    if (!name) return [{ field: 'name', text: t('documents.errors.folderName') }];
    if (name.length > 120) return [{ field: 'name', text: t('documents.errors.folderNameLong') }];
    await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('document_folders')
        .values({ org_id: actor.orgId, section_id: sectionId, parent_id: parentId, name })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'folder.created',
        subjectType: 'folder',
        subjectId: row.id,
        details: { section: sectionId },
      });
    });
    return [];
  }

  /** Removes an empty folder; one with anything in it says so. */
  async function removeFolder(actor: Actor, sectionId: string, folderId: string, t: Translate): Promise<FieldError[]> {
    const place = await sectionPlace(actor, sectionId);
    authorize(actor, 'content:publish', place.resource);
    await folderIn(actor, sectionId, folderId);
    if (!(await folderIsEmpty(db, actor.orgId, folderId))) return [{ field: 'name', text: t('documents.errors.folderNotEmpty') }];
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('document_folders')
        .set({ deleted_at: new Date(), deleted_by: actor.userId })
        .where('org_id', '=', actor.orgId)
        .where('id', '=', folderId)
        .execute();
      await recordAudit(trx, {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'folder.deleted',
        subjectType: 'folder',
        subjectId: folderId,
      });
    });
    return [];
  }

  return { library, upload, details, newVersion, file, thumbnail, remove, createFolder, removeFolder };
}

interface Stored {
  key: string;
  type: AcceptedType;
  upload: UploadedFile;
}

async function insertDocumentVersion(trx: Db, actor: Actor, documentId: string, version: number, stored: Stored) {
  await trx
    .insertInto('document_versions')
    .values({
      org_id: actor.orgId,
      document_id: documentId,
      version,
      file_key: stored.key,
      filename: stored.upload.filename.split(/[/\\]/).at(-1)?.slice(0, 255) || `document.${stored.type.extensions[0]}`,
      kind: stored.type.kind,
      mime_type: stored.type.mimeType,
      size_bytes: stored.upload.content.length,
      sha256: createHash('sha256').update(stored.upload.content).digest('hex'),
      uploaded_by: actor.userId,
      text_status:
        stored.type.kind === 'pdf' || stored.type.kind === 'docx' || stored.type.kind === 'txt' || stored.type.isImage ? 'pending' : 'none',
    })
    .execute();
}

export type Documents = ReturnType<typeof createDocuments>;
