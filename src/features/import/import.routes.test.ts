import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserClient } from '../../testing/browser-client.ts';
import { signedInBrowser } from '../../testing/browser-client.ts';
import { makePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');
const path = '/admin/people/import';
const header = 'email,name,job title,team path,manager email,staff group';
type Person = Awaited<ReturnType<typeof makePerson>>;
let admin: Person;
let member: Person;
let editor: Person;

const signedIn = (person: Person) => signedInBrowser(t.app, person);

type Upload = Parameters<BrowserClient['upload']>[2];

function csv(...lines: string[]): Upload {
  return { field: 'file', filename: 'staff.csv', content: [header, ...lines].join('\r\n'), contentType: 'text/csv' };
}

async function importAs(client: BrowserClient, file: Upload, fields: Record<string, string> = {}) {
  await client.get(path);
  return client.upload(path, fields, file);
}

const countUsers = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  const db = t.database.db;
  admin = await makePerson(db, t.orgId, { role: 'org_admin', email: 'admin@routes.test' });
  member = await makePerson(db, t.orgId, { email: 'member@routes.test' });
  editor = await makePerson(db, t.orgId, { email: 'hr@routes.test' });
  await db
    .insertInto('role_grants')
    .values({ org_id: t.orgId, area_type: 'directory', area_id: null, role: 'editor', grantee_user_id: editor.id, granted_by: admin.id })
    .execute();
});

describe('the staff import page', () => {
  it('shows an admin the upload form, the checkbox and what the columns mean', async () => {
    const client = await signedIn(admin);
    const page = await client.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1 class="govuk-heading-l">Import staff</h1>');
    expect(page.body).toMatch(/<form method="post" action="\/admin\/people\/import" enctype="multipart\/form-data"/);
    expect(page.body).toContain('type="file"');
    expect(page.body).toContain('Disable people who are not in the file');
    expect(page.body).toContain('Place/Waste Services/North Crew');
  });

  it('imports for an admin and shows what it did', async () => {
    const client = await signedIn(admin);
    const response = await importAs(
      client,
      csv(
        'lee@routes.test,Lee Jones,Crew Manager,Place/Waste Services/North Crew,,manager',
        'sam@routes.test,"Okafor, Sam",,Place/Waste Services/North Crew,lee@routes.test,frontline',
      ),
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${path}?done=1&created=2&updated=0&unchanged=0&reenabled=0&disabled=0&teamsCreated=3`);
    const done = await client.get(response.headers.location as string);
    expect(done.body).toContain('govuk-notification-banner--success');
    expect(done.body).toContain('People added: 2');
    expect(done.body).toContain('Teams created: 3');
    const events = await t.database.db.selectFrom('audit_events').select('actor_id').where('action', '=', 'people.imported').execute();
    expect(events).toEqual([{ actor_id: admin.id }]);
  });

  it('shows the problems with their lines and columns, writes nothing, and keeps the checkbox', async () => {
    const client = await signedIn(admin);
    const before = await countUsers();
    const response = await importAs(
      client,
      csv('new@routes.test,New Person,,,,frontline', 'bad@routes.test,Bad,,,nobody@routes.test,boss'),
      { disableMissing: 'yes' },
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('govuk-error-summary');
    expect(response.body).toContain('<title>Error: Import staff');
    expect(response.body).toContain(
      'Line 3, column “manager email”: “nobody@routes.test” is not in the file, nor an active person in your organisation',
    );
    expect(response.body).toContain('Line 3, column “staff group”: “boss” is not a staff group');
    expect(response.body).toContain('href="#file"');
    expect(response.body).toMatch(/name="disableMissing" type="checkbox" value="yes" checked/);
    expect(await countUsers()).toBe(before);
  });

  it('asks for a file when none was chosen, and refuses one that is not UTF-8', async () => {
    const client = await signedIn(admin);
    const none = await importAs(client, { field: 'file', filename: '', content: '', contentType: 'application/octet-stream' });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Select a CSV file');
    const latin1 = await importAs(client, {
      ...csv('zoe@routes.test,Zoë,,,,frontline'),
      content: Buffer.from(`${header}\nzoe@routes.test,Zoë,,,,frontline`, 'latin1'),
    });
    expect(latin1.statusCode).toBe(400);
    expect(latin1.body).toContain('The file is not UTF-8 text');
  });

  it('lets a directory editor import, and hides the page from everyone else', async () => {
    const hr = await signedIn(editor);
    const page = await hr.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('only an organisation admin can create teams');
    const newTeam = await importAs(hr, csv('sam@routes.test,Sam Okafor,Driver,Place/Brand New Team,lee@routes.test,frontline'));
    expect(newTeam.statusCode).toBe(400);
    expect(newTeam.body).toContain(
      'Line 2, column “team path”: “Place/Brand New Team” is not a team in your organisation, and only an organisation admin can create teams',
    );
    const response = await importAs(hr, csv('sam@routes.test,Sam Okafor,Driver,Place/Waste Services/North Crew,lee@routes.test,frontline'));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toContain('updated=1');

    const plain = await signedIn(member);
    expect((await plain.get(path)).statusCode).toBe(404);
    await plain.get('/');
    const refused = await plain.upload(path, {}, csv('x@routes.test,X,,,,frontline'));
    expect(refused.statusCode).toBe(404);
    expect(await t.database.db.selectFrom('users').select('id').where('email', '=', 'x@routes.test').execute()).toEqual([]);
  });

  it('refuses an upload without the form’s token', async () => {
    const client = await signedIn(admin);
    await client.get(path);
    const response = await client.upload(path, { _csrf: null }, csv('y@routes.test,Y,,,,frontline'));
    expect(response.statusCode).toBe(403);
  });

  it('disables people missing from the file when the box is ticked, and signs them out at once', async () => {
    const client = await signedIn(admin);
    const memberClient = await signedIn(member);
    const everyone = [
      'admin@routes.test,Admin,,,,senior_leader',
      'hr@routes.test,HR Editor,,,,manager',
      'lee@routes.test,Lee Jones,Crew Manager,Place/Waste Services/North Crew,,manager',
      'sam@routes.test,Sam Okafor,Driver,Place/Waste Services/North Crew,lee@routes.test,frontline',
    ];
    const response = await importAs(client, csv(...everyone), { disableMissing: 'yes' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toContain('disabled=1');
    const signedOut = await memberClient.get('/');
    expect(signedOut.statusCode).toBe(303);
    expect(signedOut.headers.location).toMatch(/^\/sign-in/);
    const disabled = await t.database.db
      .selectFrom('users')
      .select('email')
      .where('org_id', '=', t.orgId)
      .where('disabled_at', 'is not', null)
      .execute();
    expect(disabled).toEqual([{ email: member.email }]);
  });
});
