import { safeCell } from '../../platform/csv.ts';
import { countedPositions, type SearchAnalytics } from './search.analytics.ts';

export const exportColumns = [
  'section',
  'query',
  'position',
  'searches',
  'average_results',
  'clicks',
  'unopened',
  'click_through_percent',
  'share_of_searches_percent',
] as const;

/** Click-through as a percentage with one decimal place; 0 when nothing was searched. */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

/** "11 or later" is the last position row. */
export const positionLabel = (position: number) => (position > countedPositions ? `${countedPositions + 1}+` : String(position));

/**
 * All four reports in one sheet, told apart by the `section` column, so that
 * one download answers every question the page does. In `no_click` rows,
 * `searches` counts those that found something.
 */
export function exportRows(report: SearchAnalytics): string[][] {
  const row = (cells: Partial<Record<(typeof exportColumns)[number], string | number>>) =>
    exportColumns.map((column) => safeCell(cells[column] ?? ''));
  const { totals } = report;
  return [
    row({
      section: 'totals',
      searches: totals.searches,
      clicks: totals.clicked,
      click_through_percent: percentOf(totals.clicked, totals.searches),
    }),
    ...report.topQueries.map((each) =>
      row({
        section: 'top_queries',
        query: each.query,
        searches: each.searches,
        average_results: each.averageResults,
        clicks: each.clicks,
        click_through_percent: percentOf(each.clicks, each.searches),
      }),
    ),
    ...report.noResults.map((each) => row({ section: 'no_results', query: each.query, searches: each.searches })),
    ...report.noClicks.map((each) => row({ section: 'no_click', query: each.query, searches: each.withResults, unopened: each.unopened })),
    ...report.positions.map((each) =>
      row({
        section: 'click_position',
        position: positionLabel(each.position),
        clicks: each.clicks,
        share_of_searches_percent: percentOf(each.clicks, totals.searches),
      }),
    ),
  ];
}
