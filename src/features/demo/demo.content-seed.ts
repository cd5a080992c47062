import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/database.ts';
import type { ContentStatus } from '../../db/schema.ts';
import type { FileStore } from '../../platform/files.ts';
import { renderBody } from '../content/content.queries.ts';
import { acceptedTypes } from '../documents/file-types.ts';
import { extractText } from '../documents/text-extraction.ts';
import type { DemoContent, DemoNews, DemoPage } from './demo-content.ts';

const day = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * day);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

interface Council {
  orgId: string;
  /** Unit ids by English name. */
  units: Map<string, string>;
  /** A person in each unit, by unit id, to own what the unit runs; and someone for everything else. */
  memberOf: (unitId: string) => string;
  fallbackPerson: string;
}

async function councilOf(trx: Db, orgId: string): Promise<Council> {
  const units = await trx.selectFrom('org_units').select(['id', 'name']).where('org_id', '=', orgId).execute();
  const people = await trx.selectFrom('users').select(['id', 'team_id', 'role']).where('org_id', '=', orgId).orderBy('email').execute();
  const admin = people.find((person) => person.role === 'org_admin') ?? people[0];
  if (!admin) throw new Error('demo content: the council has nobody in it');
  const byTeam = new Map<string, string>();
  for (const person of people) if (person.team_id && !byTeam.has(person.team_id)) byTeam.set(person.team_id, person.id);
  return {
    orgId,
    units: new Map(units.map((unit) => [unit.name, unit.id])),
    memberOf: (unitId) => byTeam.get(unitId) ?? admin.id,
    fallbackPerson: admin.id,
  };
}

function unitId(council: Council, name: string): string {
  const id = council.units.get(name);
  if (!id) throw new Error(`demo content: no unit called ${name}`);
  return id;
}

/** A demo item as it would be after its life so far: published ones live since they were last updated. */
function itemRow(council: Council, item: DemoPage | DemoNews, kind: 'page' | 'news', sectionId: string | null, ownerId: string) {
  const status: ContentStatus = 'status' in item ? item.status : 'published';
  const updated = daysAgo('updatedDaysAgo' in item ? item.updatedDaysAgo : item.publishedDaysAgo);
  const wasLive = status === 'published' || status === 'archived';
  const reviewIn = 'reviewDueInDays' in item ? item.reviewDueInDays : 365 - item.publishedDaysAgo;
  return {
    id: randomUUID(),
    org_id: council.orgId,
    kind,
    section_id: sectionId,
    language: item.language,
    status,
    title: item.title,
    summary: item.summary,
    latest_version: 1,
    live_version: wasLive ? 1 : null,
    live_title: wasLive ? item.title : null,
    live_summary: wasLive ? item.summary : null,
    live_from: wasLive ? updated : null,
    first_published_at: wasLive ? updated : null,
    owner_id: ownerId,
    created_by: ownerId,
    created_at: updated,
    updated_by: ownerId,
    updated_at: updated,
    submitted_by: status === 'in_review' ? ownerId : null,
    review_due: isoDay(new Date(Date.now() + reviewIn * day)),
    review_overdue: reviewIn < 0,
  };
}

async function insertItem(trx: Db, row: ReturnType<typeof itemRow>, body: string, extra: Record<string, unknown> = {}) {
  await trx
    .insertInto('content_items')
    .values({ ...row, ...extra })
    .execute();
  await trx
    .insertInto('content_versions')
    .values({
      org_id: row.org_id,
      item_id: row.id,
      version: 1,
      title: row.title,
      summary: row.summary,
      body,
      body_html: renderBody(body, row.language),
      saved_by: row.created_by,
      saved_at: row.updated_at,
    })
    .execute();
  await trx
    .insertInto('content_events')
    .values({ org_id: row.org_id, item_id: row.id, actor_id: row.created_by, event: 'created', version: 1, at: row.created_at })
    .execute();
}

/**
 * Loads a council's demo intranet: its sections (each given to its owning
 * team as editors), pages in every status, targeted news, and real documents
 * with their text already read for search.
 */
export async function seedDemoContent(trx: Db, orgId: string, content: DemoContent, files: FileStore): Promise<void> {
  const council = await councilOf(trx, orgId);
  const sectionIds = new Map(content.sections.map((section) => [section.key, randomUUID()]));
  for (const section of content.sections) {
    const ownerTeam = unitId(council, section.ownerTeam);
    const id = sectionIds.get(section.key) as string;
    await trx
      .insertInto('sections')
      .values({
        id,
        org_id: orgId,
        parent_id: section.parentKey ? (sectionIds.get(section.parentKey) ?? null) : null,
        title: section.title,
        summary: section.summary,
        owner_team_id: ownerTeam,
        restricted: section.restricted ?? false,
      })
      .execute();
    await trx
      .insertInto('role_grants')
      .values({ org_id: orgId, area_type: 'section', area_id: id, role: 'editor', grantee_team_id: ownerTeam, include_subteams: true })
      .execute();
  }
  const pageIds = new Map<string, string>();
  for (const page of content.pages) {
    const sectionId = sectionIds.get(page.section) as string;
    const section = content.sections.find((each) => each.key === page.section);
    const row = itemRow(council, page, 'page', sectionId, council.memberOf(unitId(council, section?.ownerTeam ?? '')));
    await insertItem(trx, row, page.body);
    pageIds.set(page.title, row.id);
  }
  for (const page of content.pages) {
    const related = (page.related ?? []).flatMap((title) => pageIds.get(title) ?? []);
    if (related.length) {
      await trx
        .insertInto('content_related')
        .values(
          related.map((relatedId, position) => ({
            org_id: orgId,
            item_id: pageIds.get(page.title) as string,
            related_id: relatedId,
            position,
          })),
        )
        .execute();
    }
  }
  for (const story of content.news) await seedNews(trx, council, story);
  await seedDocuments(trx, council, content, sectionIds, files);
  await seedSearchSettings(trx, council, content, pageIds);
}

async function seedSearchSettings(trx: Db, council: Council, content: DemoContent, pageIds: Map<string, string>) {
  const created_by = council.fallbackPerson;
  for (const terms of content.search?.synonyms ?? [])
    await trx.insertInto('search_synonyms').values({ org_id: council.orgId, terms, created_by }).execute();
  for (const bet of content.search?.bestBets ?? []) {
    const ref_id = pageIds.get(bet.page);
    if (!ref_id) throw new Error(`demo content: no page called ${bet.page}`);
    await trx
      .insertInto('search_best_bets')
      .values({ org_id: council.orgId, query: bet.query, kind: 'page', ref_id, created_by })
      .execute();
  }
}

async function seedNews(trx: Db, council: Council, story: DemoNews) {
  const row = itemRow(council, story, 'news', null, council.fallbackPerson);
  await insertItem(trx, row, story.body, {
    categories: story.categories,
    pinned: story.pinned,
    featured: story.featured,
    comments_enabled: story.commentsEnabled,
    audience_units: story.audience.flatMap((audience) => ('unit' in audience ? [unitId(council, audience.unit)] : [])),
    audience_groups: story.audience.flatMap((audience) => ('staffGroup' in audience ? [audience.staffGroup] : [])),
  });
}

async function seedDocuments(trx: Db, council: Council, content: DemoContent, sectionIds: Map<string, string>, files: FileStore) {
  const folders = new Map<string, string>();
  for (const document of content.documents) {
    const sectionId = sectionIds.get(document.section) as string;
    let folderId: string | null = null;
    if (document.folder) {
      const key = `${sectionId}/${document.folder}`;
      folderId = folders.get(key) ?? null;
      if (!folderId) {
        folderId = randomUUID();
        folders.set(key, folderId);
        await trx
          .insertInto('document_folders')
          .values({ id: folderId, org_id: council.orgId, section_id: sectionId, name: document.folder })
          .execute();
      }
    }
    const bytes = readFileSync(new URL(`./files/${document.file}`, import.meta.url));
    const extension = document.file.split('.').at(-1) ?? '';
    const type = acceptedTypes.find((each) => each.extensions.includes(extension));
    if (!type) throw new Error(`demo content: ${document.file} is not an accepted kind of file`);
    const key = `${council.orgId}/documents/${randomUUID()}.${type.extensions[0]}`;
    await files.put(key, bytes);
    const id = randomUUID();
    const uploader = council.fallbackPerson;
    await trx
      .insertInto('documents')
      .values({ id, org_id: council.orgId, section_id: sectionId, folder_id: folderId, title: document.title, created_by: uploader })
      .execute();
    await trx
      .insertInto('document_versions')
      .values({
        org_id: council.orgId,
        document_id: id,
        version: 1,
        file_key: key,
        filename: document.file,
        kind: type.kind,
        mime_type: type.mimeType,
        size_bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        uploaded_by: uploader,
        text_status: 'done',
        text: await extractText(type.kind, bytes),
      })
      .execute();
  }
}
