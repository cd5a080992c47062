import type { Translate } from './i18n.ts';

/** The shape the GOV.UK error summary and field error messages both read. */
export interface FieldError {
  field: string;
  text: string;
}

export interface FormErrorView {
  /** For govukErrorSummary: each links to its field. */
  errors: { text: string; href: string }[];
  /** For each field's errorMessage. */
  fieldErrors: Record<string, { text: string }>;
}

export function errorView(errors: FieldError[]): FormErrorView {
  return {
    errors: errors.map((error) => ({ text: error.text, href: `#${error.field}` })),
    fieldErrors: Object.fromEntries(errors.map((error) => [error.field, { text: error.text }])),
  };
}

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Ids arrive from forms as text: a select's value must still look like one of ours before it reaches a query. */
export function isUuid(value: string): boolean {
  return uuidShape.test(value);
}

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function looksLikeEmail(value: string): boolean {
  return value.length <= 254 && emailShape.test(value);
}

/** How many words or phrases a list may hold (skills, categories), and how long each. */
export const tagLimits = { count: 20, length: 60 } as const;

/** The lists people type separated by commas. */
export type TagListName = 'skills' | 'askMeAbout' | 'categories';

/** What a form says of a list that tagList cannot keep whole, naming the list. */
export function tagListTooLong(t: Translate, list: TagListName): string {
  return t(`form.tagList.${list}`, tagLimits);
}

/** Whether tagList keeps all of a list as typed: a form says so rather than cut it short unseen. */
export function tagListFits(value: string | undefined): boolean {
  const tags = (value ?? '').split(',').map((part) => part.trim());
  return (
    tags.every((tag) => tag.length <= tagLimits.length) &&
    new Set(tags.filter(Boolean).map((tag) => tag.toLowerCase())).size <= tagLimits.count
  );
}

/** "Planning, GIS , planning" → ["Planning", "GIS"]: trimmed, de-duplicated, at most 20 of 60 characters. */
export function tagList(value: string | undefined): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of (value ?? '').split(',').map((part) => part.trim().slice(0, tagLimits.length))) {
    if (tag && !seen.has(tag.toLowerCase()) && tags.length < tagLimits.count) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}
