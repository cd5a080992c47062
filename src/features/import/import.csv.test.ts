import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../platform/i18n.ts';
import { decodeCsv, maxRows, readRows } from './import.csv.ts';
import { describeProblems, type Problem } from './import.problems.ts';
import { checkRow } from './import.rows.ts';

const t = translatorFor('en');
const header = 'email,name,job title,team path,manager email,staff group';
const messages = (problems: Problem[]) => describeProblems(problems, t);

/** Reads a file and checks each line, as the import does before it asks the database anything. */
function check(text: string) {
  const read = readRows(text, t);
  const results = read.rows.map((row) => checkRow(row, t));
  return {
    rows: results.flatMap((result) => (result.row ? [result.row] : [])),
    problems: messages([...read.problems, ...results.flatMap((result) => result.problems)]),
  };
}

describe('reading the file', () => {
  it('refuses bytes that are not UTF-8, and drops a byte order mark', () => {
    const latin1 = Buffer.from(`${header}\nz@x.test,Zoë,,,,frontline\n`, 'latin1');
    expect(messages(decodeCsv(latin1, t).problems)).toEqual([
      'The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8” and upload it again',
    ]);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${header}\nz@x.test,Zoë,,,,frontline\n`)]);
    const decoded = decodeCsv(withBom, t).text as string;
    expect(decoded.startsWith('email')).toBe(true);
    expect(check(decoded).rows[0]?.name).toBe('Zoë');
  });

  it('says so when the file is empty, or has a header and nobody under it', () => {
    expect(check('').problems).toEqual(['The file is empty']);
    expect(check('\n\n').problems).toEqual(['The file is empty']);
    expect(check(`${header}\n`).problems).toEqual(['The file has a first line of column names but nobody under it']);
  });

  it('matches the header in any order and case, ignores other columns, and names what is missing or doubled', () => {
    const { rows, problems } = check('Staff Group,EMAIL,Payroll,Name,Job_Title,team-path,Manager Email\nfrontline,A@X.test,123,Ann,,,\n');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ email: 'a@x.test', name: 'Ann', staffGroup: 'frontline', jobTitle: null, teamPath: [] });
    expect(check('email,name,email\na,b,c\n').problems).toEqual([
      'Line 1: the first line names the column “email” more than once',
      'Line 1: the first line has no column named “job title”',
      'Line 1: the first line has no column named “team path”',
      'Line 1: the first line has no column named “manager email”',
      'Line 1: the first line has no column named “staff group”',
    ]);
  });

  it('reads quoted values with commas, quotes and line breaks, and numbers lines as an editor does', () => {
    const text = [
      header,
      '"b@x.test","Okafor, Sam","Lead ""A"" crew","Place/Waste, Recycling/North",,frontline',
      '"c@x.test","Cai',
      'Jones",,,,manager',
      '',
      'd@x.test,Dee,,,,boss',
    ].join('\r\n');
    const { rows, problems } = check(text);
    expect(rows.map((row) => [row.line, row.name, row.jobTitle, row.teamPath])).toEqual([
      [2, 'Okafor, Sam', 'Lead "A" crew', ['Place', 'Waste, Recycling', 'North']],
      [3, 'Cai Jones', null, []],
    ]);
    expect(problems).toEqual([
      'Line 6, column “staff group”: “boss” is not a staff group (use one of senior_leader, head_of_service, manager, frontline, councillor, partner)',
    ]);
  });

  it('reports broken quoting and lines with the wrong number of values', () => {
    expect(check(`${header}\nb@x.test,"Sam,,,,frontline\n`).problems).toEqual([
      'Line 2: a quoted value is not closed: a quote mark is missing',
    ]);
    expect(check(`${header}\nb@x.test,Sam "S" O,,,,frontline\n`).problems[0]).toMatch(/^Line 2: a quote mark is in the wrong place/);
    expect(check(`${header}\nb@x.test,Sam,,,frontline\nc@x.test,Cai,,,,manager,extra\n`).problems).toEqual([
      'Line 2: the line has 5 values but the first line names 6 columns',
      'Line 3: the line has 7 values but the first line names 6 columns',
    ]);
  });

  it('skips lines of empty cells that spreadsheets leave at the end', () => {
    expect(check(`${header}\nb@x.test,Sam,,,,frontline\n,,,,,\n , ,,,,\n`)).toMatchObject({ problems: [], rows: [{ line: 2 }] });
  });

  it(`refuses more than ${maxRows} people`, () => {
    const text = `${header}\n${'a@x.test,A,,,,frontline\n'.repeat(maxRows + 1)}`;
    expect(check(text).problems).toEqual([`The file has more than ${maxRows} people. Split it into smaller files`]);
  });
});

describe('checking each line', () => {
  it('normalises what it keeps: lowercase emails, tidy spaces, staff groups by code or name in either language', () => {
    const { rows, problems } = check(
      `${header}\n  Ann.Lee@X.Test , Ann   Lee ,  Clerk , /Place/ Waste  Services /North Crew/ , BOB@x.test , Head of service\n` +
        `bob@x.test,Bob,,,,Uwch arweinydd\n`,
    );
    expect(problems).toEqual([]);
    expect(rows[0]).toEqual({
      line: 2,
      email: 'ann.lee@x.test',
      name: 'Ann Lee',
      jobTitle: 'Clerk',
      teamPath: ['Place', 'Waste Services', 'North Crew'],
      managerEmail: 'bob@x.test',
      staffGroup: 'head_of_service',
    });
    expect(rows[1]?.staffGroup).toBe('senior_leader');
  });

  it('names the line and column of every problem on a line', () => {
    const long = 'x'.repeat(201);
    const { problems } = check(
      [
        header,
        `not-an-email,,${long},Place//North,someone@,`,
        `me@x.test,Me,,${Array.from({ length: 11 }, (_, i) => `L${i}`).join('/')},ME@x.test,frontline`,
        `,Nobody,,Place/${long},,manager`,
        `nul@x.test,Nul\u0000Byte,,,,manager`,
        `rlo@x.test,Budget \u202eofficer,,,,manager`,
      ].join('\n'),
    );
    expect(problems).toEqual([
      'Line 2, column “email”: “not-an-email” is not an email address',
      'Line 2, column “name”: enter a name',
      'Line 2, column “job title”: the value is longer than 200 characters',
      'Line 2, column “team path”: “Place//North” has a team with no name in it (two slashes together)',
      'Line 2, column “manager email”: “someone@” is not an email address',
      'Line 2, column “staff group”: enter a staff group (use one of senior_leader, head_of_service, manager, frontline, councillor, partner)',
      'Line 3, column “team path”: a team path can have at most 10 levels',
      'Line 3, column “manager email”: nobody can be their own manager',
      'Line 4, column “email”: enter an email address',
      'Line 4, column “team path”: the value is longer than 200 characters',
      'Line 5, column “name”: the value has a control character in it',
      'Line 6, column “name”: the value has a control character in it',
    ]);
  });

  it('refuses over-long emails and names, and cuts long values short in messages', () => {
    const email = `${'a'.repeat(250)}@x.test`;
    const { problems } = check(`${header}\n${email},${'n'.repeat(201)},,,,frontline\nb@x.test,B,,,,${'z'.repeat(80)}\n`);
    expect(problems.slice(0, 2)).toEqual([
      'Line 2, column “email”: the value is longer than 254 characters',
      'Line 2, column “name”: the value is longer than 200 characters',
    ]);
    expect(problems[2]).toContain(`“${'z'.repeat(57)}…”`);
  });

  it('lists at most 50 problems, then says how many more', () => {
    const text = `${header}\n${'bad,,,,,\n'.repeat(30)}`;
    const problems = check(text).problems;
    expect(problems).toHaveLength(51);
    expect(problems.at(-1)).toBe('Problems not listed: 40 more');
  });

  it('speaks Welsh to a Welsh reader', () => {
    const cy = translatorFor('cy');
    const read = readRows(`${header}\nb@x.test,B,,,,boss\n`, cy);
    const problems = read.rows.flatMap((row) => checkRow(row, cy).problems);
    expect(describeProblems(problems, cy)[0]).toMatch(/^Llinell 2, colofn “staff group”: nid yw “boss” yn grŵp staff/);
  });
});
