import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export function findDocument(db: Db, orgId: string, id: string) {
  return db
    .selectFrom('documents as d')
    .innerJoin('document_versions as v', (join) =>
      join.onRef('v.org_id', '=', 'd.org_id').onRef('v.document_id', '=', 'd.id').onRef('v.version', '=', 'd.latest_version'),
    )
    .select([
      'd.id',
      'd.section_id',
      'd.folder_id',
      'd.title',
      'd.latest_version',
      'd.created_by',
      'd.deleted_at',
      'v.filename',
      'v.kind',
      'v.size_bytes',
      'v.text_status',
      'v.thumbnail_key',
    ])
    .where('d.org_id', '=', orgId)
    .where('d.id', '=', id)
    .executeTakeFirst();
}

export function versionsOfDocument(db: Db, orgId: string, documentId: string) {
  return db
    .selectFrom('document_versions as v')
    .leftJoin('users as u', (join) => join.onRef('u.org_id', '=', 'v.org_id').onRef('u.id', '=', 'v.uploaded_by'))
    .select(['v.version', 'v.filename', 'v.kind', 'v.size_bytes', 'v.uploaded_at', 'v.text_status', 'u.display_name as uploaded_by_name'])
    .where('v.org_id', '=', orgId)
    .where('v.document_id', '=', documentId)
    .orderBy('v.version', 'desc')
    .execute();
}

export function versionFile(db: Db, orgId: string, documentId: string, version: number) {
  return db
    .selectFrom('document_versions')
    .select(['file_key', 'filename', 'kind', 'mime_type', 'thumbnail_key'])
    .where('org_id', '=', orgId)
    .where('document_id', '=', documentId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** The folders directly inside `parentId` (the library's top when null), and the documents there. */
export async function folderContents(db: Db, orgId: string, sectionId: string, folderId: string | null) {
  let folders = db
    .selectFrom('document_folders')
    .select(['id', 'name'])
    .where('org_id', '=', orgId)
    .where('section_id', '=', sectionId)
    .where('deleted_at', 'is', null);
  folders = folderId ? folders.where('parent_id', '=', folderId) : folders.where('parent_id', 'is', null);
  let documents = db
    .selectFrom('documents as d')
    .innerJoin('document_versions as v', (join) =>
      join.onRef('v.org_id', '=', 'd.org_id').onRef('v.document_id', '=', 'd.id').onRef('v.version', '=', 'd.latest_version'),
    )
    .select(['d.id', 'd.title', 'd.updated_at', 'v.kind', 'v.size_bytes', 'v.thumbnail_key'])
    .where('d.org_id', '=', orgId)
    .where('d.section_id', '=', sectionId)
    .where('d.deleted_at', 'is', null);
  documents = folderId ? documents.where('d.folder_id', '=', folderId) : documents.where('d.folder_id', 'is', null);
  const [folderRows, documentRows] = await Promise.all([
    folders.orderBy('name').execute(),
    documents.orderBy('d.title').limit(1000).execute(),
  ]);
  return { folders: folderRows, documents: documentRows };
}

/** The folder and those above it, nearest first, if it is a live folder of that section. */
export async function folderChain(db: Db, orgId: string, sectionId: string, folderId: string) {
  const result = await sql<{ id: string; name: string; deleted: boolean; section_id: string }>`
    WITH RECURSIVE up AS (
      SELECT id, parent_id, name, deleted_at IS NOT NULL AS deleted, section_id, 0 AS depth
        FROM document_folders WHERE org_id = ${orgId} AND id = ${folderId}
      UNION ALL
      SELECT f.id, f.parent_id, f.name, f.deleted_at IS NOT NULL, f.section_id, up.depth + 1
        FROM document_folders f JOIN up ON f.org_id = ${orgId} AND f.id = up.parent_id WHERE up.depth < 30)
    SELECT id, name, deleted, section_id FROM up ORDER BY depth`.execute(db);
  const chain = result.rows;
  return chain.length && chain.every((folder) => !folder.deleted && folder.section_id === sectionId) ? chain : null;
}

export async function folderIsEmpty(db: Db, orgId: string, folderId: string): Promise<boolean> {
  const [folders, documents] = await Promise.all([
    db
      .selectFrom('document_folders')
      .select('id')
      .where('org_id', '=', orgId)
      .where('parent_id', '=', folderId)
      .where('deleted_at', 'is', null)
      .limit(1)
      .execute(),
    db
      .selectFrom('documents')
      .select('id')
      .where('org_id', '=', orgId)
      .where('folder_id', '=', folderId)
      .where('deleted_at', 'is', null)
      .limit(1)
      .execute(),
  ]);
  return !folders.length && !documents.length;
}
