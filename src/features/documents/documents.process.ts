import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { FileStore } from '../../platform/files.ts';
import type { JobData } from '../../platform/jobs.ts';
import type { DocumentKind } from './file-types.ts';
import { extractText } from './text-extraction.ts';
import { makeThumbnail } from './thumbnails.ts';

const readsText = new Set<string>(['pdf', 'docx', 'txt']);
const isImage = new Set<string>(['png', 'jpeg']);

/**
 * The background half of an upload: the text inside a PDF, DOCX or TXT (for
 * search) and a thumbnail of an image. A file that cannot be read is marked
 * failed, not retried forever: the upload itself stays as it was.
 */
export function createDocumentProcessor(deps: { db: Db; files: FileStore; log: (error: unknown, message: string) => void }) {
  const { db, files, log } = deps;

  return async function processDocument({ orgId, documentId, version }: JobData['document-process']): Promise<void> {
    const row = await db
      .selectFrom('document_versions')
      .select(['file_key', 'kind', 'text_status'])
      .where('org_id', '=', orgId)
      .where('document_id', '=', documentId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row || row.text_status !== 'pending') return;
    const content = await files.get(row.file_key);
    if (!content) return;
    const update: { text_status: 'done' | 'failed' | 'none'; text?: string; thumbnail_key?: string } = { text_status: 'none' };
    try {
      if (readsText.has(row.kind))
        Object.assign(update, { text_status: 'done', text: await extractText(row.kind as DocumentKind, content) });
      if (isImage.has(row.kind)) {
        const key = `${orgId}/thumbnails/${randomUUID()}.jpg`;
        await files.put(key, await makeThumbnail(content));
        update.thumbnail_key = key;
      }
    } catch (error) {
      log(error, 'a document could not be read');
      update.text_status = 'failed';
    }
    await db
      .updateTable('document_versions')
      .set(update)
      .where('org_id', '=', orgId)
      .where('document_id', '=', documentId)
      .where('version', '=', version)
      .execute();
  };
}
