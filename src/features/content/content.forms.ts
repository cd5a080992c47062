import { type Locale, locales, type StaffGroup, staffGroups } from '../../db/schema.ts';
import { type FieldError, isUuid, looksLikeEmail, normaliseEmail, tagList, tagListFits, tagListTooLong } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';

/** The page and news form as posted: text, or lists where a field repeats (checkboxes). */
export interface ItemForm {
  title?: string;
  summary?: string;
  body?: string;
  language?: string;
  reviewDue?: string;
  ownerEmail?: string;
  related?: string;
  attachments?: string | string[];
  categories?: string;
  pinned?: string;
  featured?: string;
  commentsEnabled?: string;
  audienceUnits?: string | string[];
  audienceGroups?: string | string[];
  imageAlt?: string;
  removeImage?: string;
}

export interface CheckedItem {
  title: string;
  summary: string;
  body: string;
  language: Locale;
  reviewDue: string;
  ownerEmail: string | null;
  relatedIds: string[];
  attachmentIds: string[];
  news: {
    categories: string[];
    pinned: boolean;
    featured: boolean;
    commentsEnabled: boolean;
    unitIds: string[];
    staffGroups: StaffGroup[];
    imageAlt: string | null;
    removeImage: boolean;
  };
}

export const limits = { title: 200, summary: 300, body: 200_000, imageAlt: 300 } as const;

/**
 * The most a page or story's form may send: its body at the longest, every
 * character as the browser encodes it at worst (four bytes of UTF-8, each
 * written %XX), and room for the rest. Other forms keep the platform's 64 KB.
 */
export const itemFormBytes = limits.body * 12 + 64 * 1024;

/** A form field that may repeat, as a list. */
export function listOf(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value ? [value] : []).map((each) => each.trim()).filter(Boolean);
}

/** Pages linked as related: each line an address of a page (`/pages/<id>`, with or without the site) or its bare id. */
export function relatedIdsOf(text: string | undefined): { ids: string[]; bad: string[] } {
  const ids: string[] = [];
  const bad: string[] = [];
  for (const line of (text ?? '')
    .split(/\r?\n/)
    .map((each) => each.trim())
    .filter(Boolean)) {
    const id = /(?:^|\/(?:pages|news)\/)([0-9a-f-]{36})\/?(?:[?#].*)?$/i.exec(line)?.[1]?.toLowerCase();
    if (id && isUuid(id)) {
      if (!ids.includes(id)) ids.push(id);
    } else bad.push(line);
  }
  return { ids, bad };
}

/** A date the browser's date field sends (YYYY-MM-DD), and a real one. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Twelve months from today, the review date a new item starts with. */
export function defaultReviewDue(now = new Date()): string {
  const due = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()));
  return due.toISOString().slice(0, 10);
}

function checkText(form: ItemForm, t: Translate, errors: FieldError[]) {
  const title = form.title?.trim() ?? '';
  const summary = form.summary?.trim() ?? '';
  const body = form.body ?? '';
  if (!title) errors.push({ field: 'title', text: t('content.errors.titleMissing') });
  else if (title.length > limits.title) errors.push({ field: 'title', text: t('content.errors.titleLong', { max: limits.title }) });
  if (summary.length > limits.summary) errors.push({ field: 'summary', text: t('content.errors.summaryLong', { max: limits.summary }) });
  if (body.length > limits.body)
    errors.push({ field: 'body', text: t('content.errors.bodyLong', { max: limits.body.toLocaleString('en-GB') }) });
  return { title, summary, body: body.replace(/\r\n/g, '\n') };
}

function checkNews(form: ItemForm, t: Translate, errors: FieldError[]): CheckedItem['news'] {
  const unitIds = listOf(form.audienceUnits);
  const groups = listOf(form.audienceGroups);
  if (unitIds.some((id) => !isUuid(id))) errors.push({ field: 'audienceUnits', text: t('content.errors.audienceUnit') });
  if (groups.some((group) => !(staffGroups as readonly string[]).includes(group)))
    errors.push({ field: 'audienceGroups', text: t('content.errors.audienceGroup') });
  if (!tagListFits(form.categories)) errors.push({ field: 'categories', text: tagListTooLong(t, 'categories') });
  const imageAlt = form.imageAlt?.trim() || null;
  if (imageAlt && imageAlt.length > limits.imageAlt)
    errors.push({ field: 'imageAlt', text: t('content.errors.imageAltLong', { max: limits.imageAlt }) });
  return {
    categories: tagList(form.categories),
    pinned: form.pinned === 'yes',
    featured: form.featured === 'yes',
    commentsEnabled: form.commentsEnabled === 'yes',
    unitIds: [...new Set(unitIds)],
    staffGroups: [...new Set(groups)] as StaffGroup[],
    imageAlt,
    removeImage: form.removeImage === 'yes',
  };
}

/** Checks the form's shape; what only the database knows (owner, related pages, teams) the service checks. */
export function checkItem(form: ItemForm, t: Translate): { item: CheckedItem; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const text = checkText(form, t, errors);
  const language = (locales as readonly string[]).includes(form.language ?? '') ? (form.language as Locale) : 'en';
  const reviewDue = form.reviewDue?.trim() || defaultReviewDue();
  if (!isIsoDate(reviewDue)) errors.push({ field: 'reviewDue', text: t('content.errors.reviewDue') });
  const ownerEmail = form.ownerEmail?.trim() ? normaliseEmail(form.ownerEmail) : null;
  if (ownerEmail && !looksLikeEmail(ownerEmail)) errors.push({ field: 'ownerEmail', text: t('content.errors.ownerEmail') });
  const related = relatedIdsOf(form.related);
  if (related.bad.length) errors.push({ field: 'related', text: t('content.errors.relatedAddress', { line: related.bad[0] }) });
  const attachmentIds = listOf(form.attachments);
  if (attachmentIds.some((id) => !isUuid(id))) errors.push({ field: 'attachments', text: t('content.errors.attachment') });
  return {
    item: { ...text, language, reviewDue, ownerEmail, relatedIds: related.ids, attachmentIds, news: checkNews(form, t, errors) },
    errors,
  };
}
