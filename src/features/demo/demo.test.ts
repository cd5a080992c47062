import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffGroups } from '../../db/schema.ts';
import { aberlynCouncil, generatedCouncil, harbridgeCouncil } from './demo-data.ts';
import { loadDemoData, seedCouncil } from './demo.seed.ts';
import { memoryFileStore } from '../../platform/files.ts';
import { telHref } from '../../platform/phone.ts';
import { managerEmails } from './demo-managers.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { openMigratedPglite } from '../../testing/test-database.ts';

const fakeHash = 'not-a-real-hash';

const freshDatabase = () => openMigratedPglite();

describe('demo data (pure)', () => {
  it('is deterministic', () => {
    expect(harbridgeCouncil()).toEqual(harbridgeCouncil());
    expect(generatedCouncil(500, 7)).toEqual(generatedCouncil(500, 7));
  });

  it('builds exactly the requested number of people for benchmarks', () => {
    for (const count of [1, 2, 30, 1234]) expect(generatedCouncil(count).people).toHaveLength(count);
  });

  it('builds 10,000 benchmark people with unique emails and teams of 10 to 25', () => {
    const started = performance.now();
    const council = generatedCouncil(10_000);
    console.info(`generatedCouncil(10000) took ${Math.round(performance.now() - started)} ms`);
    expect(council.people).toHaveLength(10_000);
    expect(new Set(council.people.map((person) => person.email)).size).toBe(10_000);
    expect(council.people.every((person) => person.email.endsWith('@bench.example'))).toBe(true);
    expect(council.people.find((person) => person.email === 'admin@bench.example')?.role).toBe('org_admin');
    const sizes = new Map<string, number>();
    for (const person of council.people) sizes.set(person.teamKey, (sizes.get(person.teamKey) ?? 0) + 1);
    expect(Math.min(...sizes.values())).toBeGreaterThanOrEqual(10);
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(25);
  });
});

describe('loadDemoData', () => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await freshDatabase();
  });

  afterAll(async () => {
    await handle.close();
  });

  const orgId = async (code: string): Promise<string> =>
    (await handle.db.selectFrom('organisations').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

  it('loads both councils once', async () => {
    expect(await loadDemoData(handle.db, fakeHash, memoryFileStore())).toBe(true);
    const countUsers = async () => {
      const row = await handle.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst();
      return Number(row?.n);
    };
    const before = await countUsers();
    expect(await loadDemoData(handle.db, fakeHash, memoryFileStore())).toBe(false);
    expect(await countUsers()).toBe(before);
    const codes = await handle.db.selectFrom('organisations').select('code').orderBy('code').execute();
    expect(codes.map((row) => row.code)).toEqual(['aberlyn', 'harbridge']);
  });

  it.each(['harbridge', 'aberlyn'])('%s has 130 to 170 people across all six staff groups', async (code) => {
    const people = await handle.db
      .selectFrom('users')
      .select(['staff_group', 'password_hash'])
      .where('org_id', '=', await orgId(code))
      .execute();
    expect(people.length).toBeGreaterThanOrEqual(130);
    expect(people.length).toBeLessThanOrEqual(170);
    expect(new Set(people.map((person) => person.staff_group))).toEqual(new Set(staffGroups));
    expect(people.every((person) => person.password_hash === fakeHash)).toBe(true);
  });

  it.each(['harbridge', 'aberlyn'])('%s is directorates, then services, then teams', async (code) => {
    const id = await orgId(code);
    const units = await handle.db.selectFrom('org_units').selectAll().where('org_id', '=', id).execute();
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    const kinds = new Set(units.map((unit) => unit.kind));
    expect(kinds).toEqual(new Set(['directorate', 'service', 'team']));
    for (const unit of units) {
      const parent = unit.parent_id === null ? undefined : byId.get(unit.parent_id);
      if (unit.kind === 'directorate') expect(parent).toBeUndefined();
      if (unit.kind === 'service') expect(parent?.kind).toBe('directorate');
      if (unit.kind === 'team') expect(parent?.kind).toBe('service');
    }
    const people = await handle.db.selectFrom('users').select('team_id').where('org_id', '=', id).execute();
    expect(people.every((person) => person.team_id !== null && byId.get(person.team_id)?.kind === 'team')).toBe(true);
  });

  it('has the fixed accounts with the right roles', async () => {
    const fixed = await handle.db
      .selectFrom('users as u')
      .innerJoin('organisations as o', 'o.id', 'u.org_id')
      .select(['u.email', 'u.role', 'u.staff_group', 'o.code'])
      .where('u.email', 'in', [
        'admin@harbridge.example',
        'editor@harbridge.example',
        'frontline@harbridge.example',
        'admin@aberlyn.example',
      ])
      .orderBy('u.email')
      .execute();
    expect(fixed).toEqual([
      { email: 'admin@aberlyn.example', role: 'org_admin', staff_group: 'manager', code: 'aberlyn' },
      { email: 'admin@harbridge.example', role: 'org_admin', staff_group: 'manager', code: 'harbridge' },
      { email: 'editor@harbridge.example', role: 'member', staff_group: 'frontline', code: 'harbridge' },
      { email: 'frontline@harbridge.example', role: 'member', staff_group: 'frontline', code: 'harbridge' },
    ]);
  });

  it('gives every Aberlyn unit a Welsh name', async () => {
    const aberlyn = await orgId('aberlyn');
    const units = await handle.db.selectFrom('org_units').select('name_cy').where('org_id', '=', aberlyn).execute();
    expect(units.length).toBe(aberlynCouncil().units.length);
    expect(units.every((unit) => typeof unit.name_cy === 'string' && unit.name_cy.length > 0)).toBe(true);
  });

  it('is all searchable, documents by the text inside them, with a best bet and synonyms to show', async () => {
    const harbridge = await orgId('harbridge');
    const kinds = await handle.db
      .selectFrom('search_entries')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('entries')])
      .where('org_id', '=', harbridge)
      .groupBy('kind')
      .execute();
    expect(new Set(kinds.map((row) => row.kind))).toEqual(new Set(['page', 'news', 'document', 'person', 'team']));
    const unread = await handle.db
      .selectFrom('search_entries')
      .select('title')
      .where('org_id', '=', harbridge)
      .where('kind', '=', 'document')
      .where('body', '=', '')
      .execute();
    expect(unread).toEqual([]);
    const bet = await handle.db.selectFrom('search_best_bets').select('query').where('org_id', '=', harbridge).execute();
    expect(bet).toEqual([{ query: 'payslip' }]);
  });

  it('stores unique, lowercase emails', async () => {
    const emails = (await handle.db.selectFrom('users').select('email').execute()).map((row) => row.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.every((email) => email === email.toLowerCase())).toBe(true);
  });

  it('gives everyone a phone number the directory can dial', async () => {
    const phones = (await handle.db.selectFrom('users').select('phone').execute()).map((row) => row.phone ?? '');
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.filter((phone) => !telHref(phone))).toEqual([]);
  });
});

describe('seedCouncil with a generated council', () => {
  let handle: DatabaseHandle;

  beforeAll(async () => {
    handle = await freshDatabase();
  });

  afterAll(async () => {
    await handle.close();
  });

  it('seeds 10,000 people', { timeout: 60_000 }, async () => {
    const council = generatedCouncil(10_000);
    const started = performance.now();
    const result = await seedCouncil(handle.db, council, fakeHash);
    console.info(`seedCouncil(10000 people) took ${Math.round(performance.now() - started)} ms`);
    expect(result).toMatchObject({ units: council.units.length, people: 10_000 });
    const stored = await handle.db
      .selectFrom('users')
      .select((eb) => eb.fn.count<string>('email').distinct().as('n'))
      .where('org_id', '=', result.orgId)
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(10_000);
  });
});

describe('demo line management', () => {
  it('gives everyone but councillors and the chief executive a manager who outranks them, with no loops', () => {
    for (const council of [harbridgeCouncil(), aberlynCouncil(), generatedCouncil(2000)]) {
      const managers = managerEmails(council);
      const groupOf = new Map(council.people.map((person) => [person.email, person.staff_group]));
      const withoutManager = council.people.filter((person) => managers.get(person.email) === null);
      expect(withoutManager.filter((person) => person.staff_group !== 'councillor')).toHaveLength(1);
      for (const person of council.people) {
        const seen = new Set<string>();
        for (let email: string | null | undefined = person.email; email; email = managers.get(email)) {
          expect(seen.has(email), `${person.email} is in a management loop`).toBe(false);
          seen.add(email);
        }
        const manager = managers.get(person.email);
        if (manager) expect(groupOf.get(manager)).not.toBe('frontline');
      }
    }
  });
});
