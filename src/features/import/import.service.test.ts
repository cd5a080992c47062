import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { translatorFor } from '../../platform/i18n.ts';
import { insertSession } from '../../platform/session.queries.ts';
import { makeOrganisation, makePerson, makeUnit } from '../../testing/factories.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { importStaff, type ImportRequest } from './import.service.ts';

const t = translatorFor('en');
const header = 'email,name,job title,team path,manager email,staff group';
let database: DatabaseHandle;
let orgId: string;
let otherOrgId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  orgId = (await makeOrganisation(database.db)).id;
  otherOrgId = (await makeOrganisation(database.db)).id;
});
afterAll(() => database.close());

const run = (lines: string[], options: Partial<ImportRequest> = {}) =>
  importStaff(
    database.db,
    {
      orgId,
      actorId: null,
      disableMissing: false,
      mayCreateTeams: true,
      mayDisableAdmins: true,
      file: Buffer.from([header, ...lines].join('\n')),
      ...options,
    },
    t,
  );

const personByEmail = (email: string) =>
  database.db
    .selectFrom('users as u')
    .leftJoin('org_units as team', 'team.id', 'u.team_id')
    .leftJoin('users as m', 'm.id', 'u.manager_id')
    .select([
      'u.id',
      'u.display_name',
      'u.job_title',
      'u.staff_group',
      'u.password_hash',
      'u.disabled_at',
      'team.name as team',
      'm.email as manager',
    ])
    .where('u.email', '=', email)
    .executeTakeFirstOrThrow();

const auditOf = (action: string) =>
  database.db
    .selectFrom('audit_events')
    .select(['actor_id', 'subject_id', 'details'])
    .where('org_id', '=', orgId)
    .where('action', '=', action)
    .orderBy('seq')
    .execute();

describe('importing staff', () => {
  it('adds people without passwords, builds the team path and links managers, and records one event', async () => {
    const outcome = await run([
      'chief@imp.test,Chris Chief,Chief Executive,,,senior_leader',
      'lee@imp.test,Lee Jones,Crew Manager,Place/Waste Services/North Crew,chief@imp.test,manager',
      'sam@imp.test,Sam Okafor,Refuse collector,place/waste services/north crew,lee@imp.test,frontline',
    ]);
    expect(outcome).toEqual({ ok: true, counts: { created: 3, updated: 0, unchanged: 0, reenabled: 0, disabled: 0, teamsCreated: 3 } });
    const sam = await personByEmail('sam@imp.test');
    expect(sam).toMatchObject({
      display_name: 'Sam Okafor',
      team: 'North Crew',
      manager: 'lee@imp.test',
      password_hash: null,
      staff_group: 'frontline',
    });
    const units = await database.db.selectFrom('org_units').select(['name', 'kind']).where('org_id', '=', orgId).orderBy('name').execute();
    expect(units).toEqual([
      { name: 'North Crew', kind: 'team' },
      { name: 'Place', kind: 'directorate' },
      { name: 'Waste Services', kind: 'service' },
    ]);
    expect(await auditOf('people.imported')).toEqual([
      {
        actor_id: null,
        subject_id: orgId,
        details: { created: 3, updated: 0, unchanged: 0, reenabled: 0, disabled: 0, teams_created: 3, disable_missing: false },
      },
    ]);
  });

  it('updates people by email on a second import, matching existing teams and leaving other organisations’ alone', async () => {
    await makeUnit(database.db, otherOrgId, 'directorate', 'People');
    const outcome = await run([
      'chief@imp.test,Chris Chief,Chief Executive,,,senior_leader',
      'lee@imp.test,Lee Jones,Crew Manager,Place/Waste Services/North Crew,chief@imp.test,manager',
      'SAM@imp.test,Samuel Okafor,Driver,PLACE/Waste Services,chief@imp.test,manager',
      'pat@imp.test,Pat Payroll,,People/HR,,head_of_service',
    ]);
    expect(outcome).toMatchObject({ ok: true, counts: { created: 1, updated: 1, unchanged: 2, teamsCreated: 2 } });
    expect(await personByEmail('sam@imp.test')).toMatchObject({
      display_name: 'Samuel Okafor',
      job_title: 'Driver',
      team: 'Waste Services',
      manager: 'chief@imp.test',
      staff_group: 'manager',
    });
    const people = await database.db.selectFrom('org_units').select('org_id').where('name', '=', 'People').execute();
    expect(people.map((unit) => unit.org_id).sort()).toEqual([orgId, otherOrgId].sort());
  });

  it('writes nothing when any line is wrong, and lists every problem', async () => {
    const before = await database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const outcome = await run([
      'new1@imp.test,New One,,Brand New/Unit,,frontline',
      'new2@imp.test,New Two,,,,boss',
      'chief@imp.test,Chris Chief,Chief Executive,,new1@imp.test,senior_leader',
      'new1@imp.test,New Again,,,,frontline',
    ]);
    expect(outcome).toEqual({
      ok: false,
      problems: [
        'Line 3, column “staff group”: “boss” is not a staff group (use one of senior_leader, head_of_service, manager, frontline, councillor, partner)',
        'Line 5, column “email”: “new1@imp.test” is also on line 2',
      ],
    });
    const after = await database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(await database.db.selectFrom('org_units').select('id').where('name', '=', 'Brand New').execute()).toEqual([]);
    expect(await auditOf('people.imported')).toHaveLength(2);
  });

  it('refuses an address that belongs to another organisation’s account, and a loop made with people already here', async () => {
    const outsider = await makePerson(database.db, otherOrgId, { email: 'outsider@else.test' });
    const outcome = await run(['outsider@else.test,Out Sider,,,,frontline', 'chief@imp.test,Chris Chief,,,lee@imp.test,senior_leader']);
    expect(outcome).toEqual({
      ok: false,
      problems: [
        "Line 2, column “email”: that email address is used by another organisation's account",
        'Line 3, column “manager email”: line management would go round in a loop: chief@imp.test → lee@imp.test → chief@imp.test',
      ],
    });
    expect((await personByEmail(outsider.email)).display_name).toBe('Test Person');
  });

  it('disables people missing from the file only when asked, ending their sessions, and enables them again when they return', async () => {
    const pat = await personByEmail('pat@imp.test');
    const sam = await personByEmail('sam@imp.test');
    await insertSession(database.db, { tokenHash: 'import-test-pat', orgId, userId: pat.id, maxHours: 1 });
    await insertSession(database.db, { tokenHash: 'import-test-sam', orgId, userId: sam.id, maxHours: 1 });
    const kept = [
      'chief@imp.test,Chris Chief,Chief Executive,,,senior_leader',
      'sam@imp.test,Samuel Okafor,Driver,Place/Waste Services,chief@imp.test,manager',
    ];
    expect(await run(kept)).toMatchObject({ ok: true, counts: { disabled: 0 } });
    expect((await personByEmail('pat@imp.test')).disabled_at).toBeNull();

    const outcome = await run(kept, { disableMissing: true, actorId: sam.id });
    expect(outcome).toMatchObject({ ok: true, counts: { disabled: 2, unchanged: 2 } });
    expect((await personByEmail('pat@imp.test')).disabled_at).toBeInstanceOf(Date);
    expect((await personByEmail('lee@imp.test')).disabled_at).toBeInstanceOf(Date);
    const sessions = await database.db.selectFrom('sessions').select('token_hash').where('org_id', '=', orgId).execute();
    expect(sessions).toEqual([{ token_hash: 'import-test-sam' }]);
    const disabled = await auditOf('user.disabled');
    expect(disabled.map((event) => event.subject_id).sort()).toEqual([pat.id, (await personByEmail('lee@imp.test')).id].sort());
    expect(disabled.every((event) => event.actor_id === sam.id)).toBe(true);
    expect((await auditOf('people.imported')).at(-1)?.details).toMatchObject({ disabled: 2, disable_missing: true });

    expect(await run([...kept, 'pat@imp.test,Pat Payroll,,People/HR,,head_of_service'])).toMatchObject({
      ok: true,
      counts: { updated: 1, reenabled: 1 },
    });
    expect((await personByEmail('pat@imp.test')).disabled_at).toBeNull();
    expect((await auditOf('user.enabled')).map((event) => event.subject_id)).toEqual([pat.id]);
  });
});

describe('organisation admins', () => {
  it('are never disabled by an importer who may not appoint admins', async () => {
    const admin = await makePerson(database.db, orgId, { role: 'org_admin' });
    const kept = [
      'chief@imp.test,Chris Chief,Chief Executive,,,senior_leader',
      'sam@imp.test,Samuel Okafor,Driver,Place/Waste Services,chief@imp.test,manager',
    ];
    const sam = await personByEmail('sam@imp.test');
    expect(await run(kept, { disableMissing: true, actorId: sam.id, mayDisableAdmins: false })).toMatchObject({ ok: true });
    expect((await personByEmail(admin.email)).disabled_at).toBeNull();
    expect(await run(kept, { disableMissing: true, actorId: sam.id, mayDisableAdmins: true })).toMatchObject({ ok: true });
    expect((await personByEmail(admin.email)).disabled_at).toBeInstanceOf(Date);
  });
});

describe('a large file', () => {
  it('imports 10,000 people with teams and managers in batches', { timeout: 120_000 }, async () => {
    const bigOrg = (await makeOrganisation(database.db)).id;
    const lines = Array.from({ length: 10_000 }, (_, i) => {
      const manager = i === 0 ? '' : `big${Math.floor((i - 1) / 10)}@big.test`;
      const team = `Directorate ${i % 4}/Service ${i % 20}/Team ${i % 200}`;
      return `big${i}@big.test,"Person ${i}, Big",Officer ${i % 7},${team},${manager},${i === 0 ? 'senior_leader' : 'frontline'}`;
    });
    const started = Date.now();
    const outcome = await importStaff(
      database.db,
      {
        orgId: bigOrg,
        actorId: null,
        disableMissing: false,
        mayCreateTeams: true,
        mayDisableAdmins: true,
        file: Buffer.from([header, ...lines].join('\n')),
      },
      t,
    );
    const seconds = (Date.now() - started) / 1000;
    expect(outcome).toEqual({
      ok: true,
      counts: { created: 10_000, updated: 0, unchanged: 0, reenabled: 0, disabled: 0, teamsCreated: 224 },
    });
    expect(seconds).toBeLessThan(60);
    expect(await personByEmail('big9999@big.test')).toMatchObject({
      display_name: 'Person 9999, Big',
      manager: 'big999@big.test',
      team: 'Team 199',
    });
    const again = await importStaff(
      database.db,
      {
        orgId: bigOrg,
        actorId: null,
        disableMissing: false,
        mayCreateTeams: true,
        mayDisableAdmins: true,
        file: Buffer.from([header, ...lines.map((line) => line.replace('Officer', 'Adviser'))].join('\n')),
      },
      t,
    );
    expect(again).toMatchObject({ ok: true, counts: { created: 0, updated: 10_000, teamsCreated: 0 } });
  });
});
