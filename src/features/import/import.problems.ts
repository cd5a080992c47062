import type { Translate } from '../../platform/i18n.ts';

/** The file's columns; `header` is how the first line names each (matched without regard to case). */
export const columns = [
  { key: 'email', header: 'email' },
  { key: 'name', header: 'name' },
  { key: 'jobTitle', header: 'job title' },
  { key: 'teamPath', header: 'team path' },
  { key: 'managerEmail', header: 'manager email' },
  { key: 'staffGroup', header: 'staff group' },
] as const;
export type ColumnKey = (typeof columns)[number]['key'];

/** Something wrong with the file: where (when it is one place), and what, already in the reader's language. */
export interface Problem {
  line: number | null;
  column: ColumnKey | null;
  text: string;
}

export function problemAt(line: number | null, column: ColumnKey | null, text: string): Problem {
  return { line, column, text };
}

/** A long list helps nobody: past this many, the rest are counted, not listed. */
export const shownProblems = 50;

const columnOrder = new Map<ColumnKey, number>(columns.map((column, index) => [column.key, index]));
const headerOf = new Map<ColumnKey, string>(columns.map((column) => [column.key, column.header]));

/** File-wide problems first, then by line and column, as someone fixing the file would work through them. */
function byPlace(a: Problem, b: Problem): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) || (a.column ? (columnOrder.get(a.column) ?? 0) : -1) - (b.column ? (columnOrder.get(b.column) ?? 0) : -1)
  );
}

export function describeProblem(problem: Problem, t: Translate): string {
  if (problem.line === null) return problem.text;
  if (problem.column === null) return t('import.errors.atLine', { line: problem.line, problem: problem.text });
  return t('import.errors.atCell', { line: problem.line, column: headerOf.get(problem.column), problem: problem.text });
}

/** The messages to show, sorted, at most `shownProblems` of them and a count of the rest. */
export function describeProblems(problems: readonly Problem[], t: Translate): string[] {
  const sorted = [...problems].sort(byPlace);
  const shown = sorted.slice(0, shownProblems).map((problem) => describeProblem(problem, t));
  const rest = sorted.length - shown.length;
  return rest > 0 ? [...shown, t('import.errors.more', { number: rest })] : shown;
}

/** Values are echoed in messages so the reader can find them, but never at length. */
export function quoted(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
