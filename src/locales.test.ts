import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocale } from './platform/i18n.ts';

type Tree = { [key: string]: string | Tree };
const load = (locale: 'en' | 'cy') => loadLocale(locale) as Tree;

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => join(entry.parentPath, entry.name));
}

// Plural forms differ by language (Welsh has six), so compare keys without them.
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const english = new Set(keysOf(load('en')).map((key) => key.replace(pluralSuffix, '')));
const welsh = new Set(keysOf(load('cy')).map((key) => key.replace(pluralSuffix, '')));

describe('translations', () => {
  it('Welsh has every string English has (chrome, sign-in and errors included)', () => {
    expect([...english].filter((key) => !welsh.has(key))).toEqual([]);
    expect([...welsh].filter((key) => !english.has(key))).toEqual([]);
  });

  it('every literal key a template or route asks for exists in English', () => {
    const sources = [...filesUnder('src', '.njk'), ...filesUnder('src', '.ts')].filter((file) => !file.endsWith('.test.ts'));
    const used = sources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*["']([a-zA-Z]+\.[\w.]*\w)["']\s*[,)]/g)].map((m) => m[1] as string),
    );
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !english.has(key))).toEqual([]);
  });

  it('templates hold no English outside t()', () => {
    for (const file of filesUnder('src', '.njk')) {
      const text = readFileSync(file, 'utf8')
        .replace(/\{#[\s\S]*?#\}/g, '')
        .replace(/\{%[\s\S]*?%\}/g, '')
        .replace(/\{\{[\s\S]*?\}\}/g, '')
        .replace(/<[^>]*>/g, '');
      expect(text.replace(/Guildhall/g, '').trim(), file).toMatch(/^[\s–:,/]*$/);
    }
  });

  // GOV.UK's components say these in English unless they are given the page's words.
  const wordsEachNeeds: Record<string, string[]> = {
    govukNotificationBanner: ['titleText'],
    govukCharacterCount: ['textareaDescriptionText', 'charactersUnderLimitText', 'charactersAtLimitText', 'charactersOverLimitText'],
    govukWarningText: ['iconFallbackText'],
    govukPasswordInput: ['showPasswordText', 'hidePasswordText', 'passwordShownAnnouncementText', 'passwordHiddenAnnouncementText'],
    govukErrorSummary: ['titleText'],
    govukBackLink: ['text'],
    // Written out in a template (search gives its own from search.present.ts): its previous and next links.
    govukPagination: ['text'],
  };
  it('GOV.UK components are given the words they would otherwise say in English', () => {
    const missing: string[] = [];
    for (const file of filesUnder('src', '.njk')) {
      const text = readFileSync(file, 'utf8');
      for (const [component, words] of Object.entries(wordsEachNeeds))
        for (const call of text.matchAll(new RegExp(`${component}\\(\\{`, 'g'))) {
          // The call's parameters: up to the brace that closes the one it opens with.
          let depth = 0;
          let end = (call.index ?? 0) + component.length + 1;
          do depth += text[end] === '{' ? 1 : text[end] === '}' ? -1 : 0;
          while (depth > 0 && ++end < text.length);
          const params = text.slice(call.index, end);
          for (const word of words)
            if (!new RegExp(`\\b${word}:`).test(params) && !(word === 'titleText' && /\btitleHtml:/.test(params)))
              missing.push(`${file}: ${component} without ${word}`);
        }
    }
    expect(missing).toEqual([]);
  });
});
