import { type StaffGroup, staffGroups } from '../../db/schema.ts';
import { looksLikeEmail, normaliseEmail } from '../../platform/forms.ts';
import { type Translate, translatorFor } from '../../platform/i18n.ts';
import type { SourceRow } from './import.csv.ts';
import { type ColumnKey, problemAt, type Problem, quoted } from './import.problems.ts';

/** A line that has passed every check that needs nothing but the line itself. */
export interface CheckedRow {
  line: number;
  email: string;
  name: string;
  jobTitle: string | null;
  /** Unit names from the top down; empty for someone in no team. */
  teamPath: string[];
  managerEmail: string | null;
  staffGroup: StaffGroup;
}

// The database's own limits (names and units 1 to 200 characters), and a depth no real structure needs.
export const limits = { email: 254, name: 200, jobTitle: 200, unitName: 200, teamLevels: 10 } as const;

// Control characters left after whitespace is tidied cannot be shown, and PostgreSQL text cannot hold NUL.
// A bidirectional embedding, override or isolate would turn round the words shown after the value, as a
// form's text loses them (platform/security.ts).
const unstorable = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

/** A value as it will be stored: trimmed, with any run of whitespace (a line break in a quoted value too) as one space. */
function tidy(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

const groupKey = (value: string) =>
  tidy(value)
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** A staff group by its code or its English or Welsh name: "head_of_service", "Head of service", "Pennaeth gwasanaeth". */
const groupsByName = new Map<string, StaffGroup>(
  staffGroups.flatMap((group) => [
    [group, group] as const,
    [groupKey(translatorFor('en')(`staffGroup.${group}`)), group] as const,
    [groupKey(translatorFor('cy')(`staffGroup.${group}`)), group] as const,
  ]),
);

class RowChecker {
  readonly problems: Problem[] = [];
  readonly row: SourceRow;
  readonly t: Translate;

  constructor(row: SourceRow, t: Translate) {
    this.row = row;
    this.t = t;
  }

  fail(column: ColumnKey, key: string, values?: Record<string, unknown>): null {
    this.problems.push(problemAt(this.row.line, column, this.t(key, values)));
    return null;
  }

  /** The column's tidied value, or null (with a problem noted) when it cannot be stored. */
  text(column: ColumnKey, max: number): string | null {
    const value = tidy(this.row.values[column]);
    if (unstorable.test(value)) return this.fail(column, 'import.errors.unstorable');
    if (value.length > max) return this.fail(column, 'import.errors.tooLong', { max });
    return value;
  }

  email(column: 'email' | 'managerEmail'): string | null {
    const value = this.text(column, limits.email);
    if (value === null) return null;
    if (value === '') return column === 'email' ? this.fail(column, 'import.errors.emailMissing') : null;
    const email = normaliseEmail(value);
    return looksLikeEmail(email) ? email : this.fail(column, 'import.errors.emailInvalid', { value: quoted(value) });
  }

  teamPath(): string[] | null {
    const value = this.text('teamPath', 10_000);
    if (value === null) return null;
    // A slash at either end adds nothing: "/Place/Waste/" is Place, then Waste.
    const trimmed = value.replace(/^\s*\/+|\/+\s*$/g, '');
    if (trimmed === '') return [];
    const names = trimmed.split('/').map(tidy);
    if (names.some((name) => name === '')) return this.fail('teamPath', 'import.errors.teamNameEmpty', { value: quoted(value) });
    if (names.some((name) => name.length > limits.unitName))
      return this.fail('teamPath', 'import.errors.tooLong', { max: limits.unitName });
    if (names.length > limits.teamLevels) return this.fail('teamPath', 'import.errors.teamTooDeep', { max: limits.teamLevels });
    return names;
  }

  staffGroup(): StaffGroup | null {
    const value = this.text('staffGroup', 100);
    if (value === null) return null;
    const groups = staffGroups.join(', ');
    if (value === '') return this.fail('staffGroup', 'import.errors.staffGroupMissing', { groups });
    return (
      groupsByName.get(groupKey(value)) ?? this.fail('staffGroup', 'import.errors.staffGroupUnknown', { value: quoted(value), groups })
    );
  }
}

/** Who a line names, as far as its emails are readable: enough to check addresses and managers even on a line with other problems. */
export interface RowLinks {
  line: number;
  email: string;
  managerEmail: string | null;
}

export function linksOf(row: SourceRow): RowLinks | null {
  const readable = (value: string) => {
    const email = normaliseEmail(tidy(value));
    return looksLikeEmail(email) && !unstorable.test(email) ? email : null;
  };
  const email = readable(row.values.email);
  return email ? { line: row.line, email, managerEmail: readable(row.values.managerEmail) } : null;
}

/** Checks one line on its own; what needs the rest of the file or the organisation is checked later. */
export function checkRow(row: SourceRow, t: Translate): { row: CheckedRow | null; problems: Problem[] } {
  const check = new RowChecker(row, t);
  const email = check.email('email');
  const name = check.text('name', limits.name);
  if (name === '') check.fail('name', 'import.errors.nameMissing');
  const jobTitle = check.text('jobTitle', limits.jobTitle);
  const teamPath = check.teamPath();
  const managerEmail = check.email('managerEmail');
  if (email && managerEmail === email) check.fail('managerEmail', 'import.errors.managesSelf');
  const staffGroup = check.staffGroup();
  if (check.problems.length || !email || !name || jobTitle === null || !teamPath || !staffGroup) {
    return { row: null, problems: check.problems };
  }
  return { row: { line: row.line, email, name, jobTitle: jobTitle || null, teamPath, managerEmail, staffGroup }, problems: [] };
}
