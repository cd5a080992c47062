import { expect } from 'vitest';
import type { BrowserClient } from './browser-client.ts';

/** The titles of the results on a search page, in order. */
const resultTitles = (html: string) =>
  [...html.matchAll(/<h3 class="govuk-heading-s[^"]*"><a class="govuk-link" href="[^"]*"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);

/** The search page for `query` (and `extra`, more of its address), which must answer 200: its HTML and its results' titles. */
export async function searchPage(client: BrowserClient, query: string, extra = '') {
  const response = await client.get(`/search?q=${encodeURIComponent(query)}${extra}`);
  expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
  return { html: response.body, titles: resultTitles(response.body) };
}
