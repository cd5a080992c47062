import type { Locale, SearchKind } from '../../db/schema.ts';
import { formatDate } from '../../platform/formats.ts';
import type { Translate } from '../../platform/i18n.ts';
import { percentOf } from './search.analytics.export.ts';
import { countedPositions, type Period, type SearchAnalytics } from './search.analytics.ts';
import { resultPath } from './search.service.ts';

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const percentFormats = new Map<Locale, Intl.NumberFormat>();
const tag = (locale: Locale) => (locale === 'cy' ? 'cy' : 'en-GB');

function formatNumber(value: number, locale: Locale): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(tag(locale), { maximumFractionDigits: 1 })));
  return format.format(value);
}

/** `percent` as 0–100. */
function formatPercent(percent: number, locale: Locale): string {
  let format = percentFormats.get(locale);
  if (!format) percentFormats.set(locale, (format = new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 1 })));
  return format.format(percent / 100);
}

/** A cell of a govukTable; counts are right-aligned. */
const cell = (text: string) => ({ text });
const numeric = (text: string) => ({ text, format: 'numeric' });
/** A query as someone typed it: see .guildhall-table__cell--query. */
const queryCell = (text: string) => ({ text, classes: 'guildhall-table__cell--query' });

/** The analytics as the page shows them: rows for govukTable, numbers formatted for the reader's language. */
export function presentAnalytics(report: SearchAnalytics, period: Period, locale: Locale, t: Translate) {
  const number = (value: number) => formatNumber(value, locale);
  const percent = (part: number, whole: number) => formatPercent(percentOf(part, whole), locale);
  const { totals } = report;
  return {
    heading: t('searchAdmin.analytics.periodHeading', { from: formatDate(period.from, locale), to: formatDate(period.to, locale) }),
    totals: {
      searches: number(totals.searches),
      noResults: number(totals.noResults),
      clickThrough: percent(totals.clicked, totals.searches),
    },
    topQueries: report.topQueries.map((row) => [
      queryCell(row.query),
      numeric(number(row.searches)),
      numeric(number(row.averageResults)),
      numeric(percent(row.clicks, row.searches)),
    ]),
    noResults: report.noResults.map((row) => [queryCell(row.query), numeric(number(row.searches))]),
    noClicks: report.noClicks.map((row) => [queryCell(row.query), numeric(number(row.withResults)), numeric(number(row.unopened))]),
    positions: report.positions.map((row) => [
      cell(row.position > countedPositions ? t('searchAdmin.positionLater', { position: countedPositions + 1 }) : number(row.position)),
      numeric(number(row.clicks)),
      numeric(percent(row.clicks, totals.searches)),
    ]),
  };
}

interface BestBetRow {
  id: string;
  query: string;
  kind: SearchKind;
  ref_id: string;
  created_at: Date;
  title: string | null;
}

/** Best bets as the list shows them; `title` is null when the target is no longer found (deleted or unpublished). */
export function presentBestBets(rows: BestBetRow[], locale: Locale, t: Translate) {
  return rows.map((row) => ({
    id: row.id,
    query: row.query,
    kind: t(`search.kinds.${row.kind}`),
    title: row.title,
    href: `${resultPath[row.kind]}/${row.ref_id}`,
    added: formatDate(row.created_at, locale),
  }));
}
