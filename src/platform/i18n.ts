import { readdirSync, readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { type Locale, locales } from '../db/schema.ts';

/** Looks up a UI string, filling {{placeholders}} from `values`. */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * A language's strings: every JSON file in locales/<locale>/, each holding its
 * own top-level keys (translation.json for the shared ones, one file per
 * feature that wants its own), merged into one set.
 */
export function loadLocale(locale: Locale): Record<string, unknown> {
  const dir = new URL(`../../locales/${locale}/`, import.meta.url);
  const merged: Record<string, unknown> = {};
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const strings = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(strings)) {
      if (key in merged) throw new Error(`locales/${locale}/${file}: "${key}" is already defined in another file`);
      merged[key] = value;
    }
  }
  return merged;
}

const i18n = i18next.createInstance();
await i18n.init({
  initAsync: false,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...locales],
  // Nunjucks escapes output itself; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  resources: Object.fromEntries(locales.map((locale) => [locale, { translation: loadLocale(locale) }])),
});

/**
 * Every page asks for the same few dozen strings; i18next builds each answer
 * afresh, which showed as a third of a page's allocations. Strings without
 * placeholders (or only a count) are looked up once per language and kept.
 */
function remembering(fixed: TFunction): Translate {
  const known = new Map<string, string>();
  return (key, values) => {
    // A plural with nothing but its count (a list of 700 teams, each "(12 people)") is remembered per count too.
    const onlyCount = values !== undefined && Object.keys(values).length === 1 && typeof values.count === 'number';
    if (values !== undefined && !onlyCount) return fixed(key, values);
    const memo = onlyCount ? `${key}\u0000${values.count as number}` : key;
    let text = known.get(memo);
    if (text === undefined) {
      text = values ? fixed(key, values) : fixed(key);
      known.set(memo, text);
    }
    return text;
  };
}

const translators = new Map<Locale, Translate>(locales.map((locale) => [locale, remembering(i18n.getFixedT(locale))]));

export function translatorFor(locale: Locale): Translate {
  return translators.get(locale) ?? (translators.get('en') as Translate);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
