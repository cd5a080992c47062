import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../platform/i18n.ts';
import { findManagerLoops } from './import.managers.ts';
import { type ExistingPerson, type PlanOptions, planImport, type Snapshot } from './import.plan.ts';
import { describeProblems } from './import.problems.ts';
import type { CheckedRow } from './import.rows.ts';
import { resolveTeams } from './import.teams.ts';

const t = translatorFor('en');
const noOptions: PlanOptions = { disableMissing: false, importerId: null, mayCreateTeams: true, mayDisableAdmins: true };

function row(line: number, email: string, managerEmail: string | null = null, teamPath: string[] = []): CheckedRow {
  return { line, email, name: email.split('@')[0] as string, jobTitle: null, teamPath, managerEmail, staffGroup: 'frontline' };
}

function person(id: string, email: string, extra: Partial<ExistingPerson> = {}): ExistingPerson {
  return {
    id,
    email,
    display_name: email.split('@')[0] as string,
    job_title: null,
    team_id: null,
    staff_group: 'frontline',
    manager_id: null,
    disabled_at: null,
    role: 'member',
    ...extra,
  };
}

function plan(rows: CheckedRow[], snapshot: Partial<Snapshot> = {}, options = noOptions) {
  const full: Snapshot = { people: [], units: [], takenElsewhere: new Set(), ...snapshot };
  const links = rows.map(({ line, email, managerEmail }) => ({ line, email, managerEmail }));
  const result = planImport(rows, links, full, options, t);
  return { plan: result.plan, problems: describeProblems(result.problems, t) };
}

describe('checking the file against itself and the organisation', () => {
  it('refuses an address twice in the file, naming both lines', () => {
    expect(plan([row(2, 'a@x.test'), row(3, 'b@x.test'), row(7, 'a@x.test')]).problems).toEqual([
      'Line 7, column “email”: “a@x.test” is also on line 2',
    ]);
  });

  it('refuses an address held by another organisation, saying no more than that', () => {
    const { problems } = plan([row(2, 'theirs@other.test')], { takenElsewhere: new Set(['theirs@other.test']) });
    expect(problems).toEqual(["Line 2, column “email”: that email address is used by another organisation's account"]);
  });

  it('wants each manager in the file or active in the organisation', () => {
    const snapshot = { people: [person('p1', 'boss@x.test'), person('p2', 'gone@x.test', { disabled_at: new Date() })] };
    const rows = [
      row(2, 'a@x.test', 'boss@x.test'),
      row(3, 'b@x.test', 'a@x.test'),
      row(4, 'c@x.test', 'gone@x.test'),
      row(5, 'd@x.test', 'nobody@x.test'),
    ];
    expect(plan(rows, snapshot).problems).toEqual([
      'Line 4, column “manager email”: “gone@x.test” is not in the file, nor an active person in your organisation',
      'Line 5, column “manager email”: “nobody@x.test” is not in the file, nor an active person in your organisation',
    ]);
  });

  it('refuses a manager who would be disabled by the same import', () => {
    const { problems } = plan(
      [row(2, 'a@x.test', 'boss@x.test')],
      { people: [person('p1', 'boss@x.test')] },
      { ...noOptions, disableMissing: true },
    );
    expect(problems).toEqual(['Line 2, column “manager email”: “boss@x.test” is not in the file, so this import would disable them']);
  });

  it('finds loops in line management, in the file and through people already here', () => {
    const twoWay = plan([row(2, 'a@x.test', 'b@x.test'), row(3, 'b@x.test', 'a@x.test')]);
    expect(twoWay.problems).toEqual([
      'Line 2, column “manager email”: line management would go round in a loop: a@x.test → b@x.test → a@x.test',
    ]);
    const longer = plan([
      row(2, 'a@x.test', 'b@x.test'),
      row(3, 'b@x.test', 'c@x.test'),
      row(4, 'c@x.test', 'd@x.test'),
      row(5, 'd@x.test', 'b@x.test'),
    ]);
    expect(longer.problems).toEqual([
      'Line 3, column “manager email”: line management would go round in a loop: b@x.test → c@x.test → d@x.test → b@x.test',
    ]);
    // e is here already and managed by a; the file makes e manage a.
    const throughExisting = plan([row(2, 'a@x.test', 'e@x.test')], {
      people: [person('pa', 'a@x.test'), person('pe', 'e@x.test', { manager_id: 'pa' })],
    });
    expect(throughExisting.problems).toEqual([
      'Line 2, column “manager email”: line management would go round in a loop: a@x.test → e@x.test → a@x.test',
    ]);
  });

  it('lets only those who may change the structure create teams', () => {
    const units = [{ id: 'place', parent_id: null, name: 'Place' }];
    const rows = [row(2, 'a@x.test', null, ['Place']), row(3, 'b@x.test', null, ['Place', 'New Service']), row(4, 'c@x.test', null, [])];
    expect(plan(rows, { units }, { ...noOptions, mayCreateTeams: false }).problems).toEqual([
      'Line 3, column “team path”: “Place/New Service” is not a team in your organisation, and only an organisation admin can create teams',
    ]);
    expect(plan(rows, { units }).plan?.units.map((unit) => unit.name)).toEqual(['New Service']);
  });

  it('stops an importer disabling themselves', () => {
    const snapshot = { people: [person('me', 'me@x.test')] };
    const { problems } = plan([row(2, 'a@x.test')], snapshot, { ...noOptions, disableMissing: true, importerId: 'me' });
    expect(problems).toEqual([
      'You are not in the file, so this import would disable your own account. Add yourself to the file, or do not tick “Disable people who are not in the file”',
    ]);
    expect(plan([row(2, 'me@x.test')], snapshot, { ...noOptions, disableMissing: true, importerId: 'me' }).problems).toEqual([]);
  });
});

describe('planning the changes', () => {
  it('creates new people, updates changed ones, leaves the same alone, enables returners and disables the missing', () => {
    const snapshot = {
      people: [
        person('same', 'same@x.test'),
        person('moved', 'moved@x.test'),
        person('back', 'back@x.test', { disabled_at: new Date() }),
        person('left', 'left@x.test'),
        person('long-gone', 'long-gone@x.test', { disabled_at: new Date() }),
      ],
    };
    const rows = [row(2, 'same@x.test'), row(3, 'moved@x.test', 'new@x.test'), row(4, 'back@x.test'), row(5, 'new@x.test', 'same@x.test')];
    const result = plan(rows, snapshot, { ...noOptions, disableMissing: true }).plan;
    expect(result?.created.map((p) => [p.email, p.manager_id])).toEqual([['new@x.test', 'same']]);
    const newId = result?.created[0]?.id;
    expect(result?.updated.map((p) => [p.id, p.manager_id])).toEqual([
      ['moved', newId],
      ['back', null],
    ]);
    expect(result).toMatchObject({ unchanged: 1, reenabled: ['back'], disabled: ['left'] });
  });

  it('matches teams by name without regard to case under the same parent, and creates the rest parents first', () => {
    const existing = [
      { id: 'place', parent_id: null, name: 'Place' },
      { id: 'waste', parent_id: 'place', name: 'Waste Services' },
      { id: 'stray', parent_id: null, name: 'Waste Services' },
      { id: 'waste-twin', parent_id: 'place', name: 'waste services' },
    ];
    const { teamIds, created } = resolveTeams(
      [
        ['PLACE', 'waste services'],
        ['Place', 'Waste Services', 'North Crew'],
        ['People', 'HR', 'Payroll', 'Pensions'],
        ['place', 'Waste services', 'north crew'],
      ],
      existing,
    );
    expect(teamIds[0]).toBe('waste');
    expect(teamIds[3]).toBe(teamIds[1]);
    expect(created.map((unit) => [unit.name, unit.kind])).toEqual([
      ['North Crew', 'team'],
      ['People', 'directorate'],
      ['HR', 'service'],
      ['Payroll', 'team'],
      ['Pensions', 'team'],
    ]);
    expect(created[0]?.parent_id).toBe('waste');
    expect(created[2]?.parent_id).toBe(created[1]?.id);
  });

  it('walks long chains once, whatever their length', () => {
    const people = Array.from({ length: 20_000 }, (_, i) => `p${i}`);
    const managerOf = (email: string) => (email === 'p0' ? null : `p${Number(email.slice(1)) - 1}`);
    expect(findManagerLoops(people.reverse(), managerOf)).toEqual([]);
    expect(findManagerLoops(['a'], (email) => email)).toEqual([['a']]);
  });
});
