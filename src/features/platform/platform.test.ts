import { describe, expect, it } from 'vitest';
import { signedInBrowser } from '../../testing/browser-client.ts';
import { makePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');

describe('the platform page', () => {
  it('lets a platform admin add an organisation with its first admin, who is sent a welcome link', async () => {
    const operator = await makePerson(t.database.db, t.orgId);
    await t.database.db.updateTable('users').set({ is_platform_admin: true }).where('id', '=', operator.id).execute();
    const client = await signedInBrowser(t.app, operator);
    expect((await client.get('/platform')).body).toContain('Harbridge Borough Council');
    const created = await client.post('/platform/organisations', {
      name: 'Testshire Council',
      code: 'testshire',
      colour: '#00703c',
      adminName: 'Tess Admin',
      adminEmail: 'tess@testshire.example',
    });
    expect(created.headers.location).toBe('/platform?created=testshire');
    const admin = await t.database.db
      .selectFrom('users')
      .innerJoin('organisations as o', 'o.id', 'users.org_id')
      .select(['users.role', 'o.code'])
      .where('email', '=', 'tess@testshire.example')
      .executeTakeFirstOrThrow();
    expect(admin).toEqual({ role: 'org_admin', code: 'testshire' });
    const mail = await t.database.db
      .selectFrom('outbox')
      .select('subject')
      .where('to_address', '=', 'tess@testshire.example')
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe('Your Testshire Council intranet account');
  });

  it('explains a bad organisation and keeps what was typed', async () => {
    const operator = await makePerson(t.database.db, t.orgId);
    await t.database.db.updateTable('users').set({ is_platform_admin: true }).where('id', '=', operator.id).execute();
    const client = await signedInBrowser(t.app, operator);
    await client.get('/platform');
    const response = await client.post('/platform/organisations', {
      name: 'Pale Council',
      code: 'pale',
      colour: '#ffff00',
      adminName: 'P',
      adminEmail: 'p@pale.example',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('white text on it must be readable');
    expect(response.body).toContain('href="#colour"');
    expect(response.body).toContain('value="Pale Council"');

    // Every problem at once, each beside its own field; a colour typed with a space around it is fine.
    const pasted = 'Pasted '.repeat(300);
    const many = await client.post('/platform/organisations', {
      name: '',
      nameCy: pasted,
      code: 'x'.repeat(41),
      colour: ' #00703C ',
      adminName: pasted,
      adminEmail: `${pasted}@x.example`,
    });
    expect(many.statusCode).toBe(400);
    const linked = [...many.body.matchAll(/<a href="#(\w+)">/g)].map((match) => match[1]);
    expect(linked).toEqual(['name', 'nameCy', 'code', 'adminName', 'adminEmail']);
    expect(many.body).toContain('Enter a code of 2 to 40 lowercase letters');
    expect(many.body.split(pasted).length).toBeGreaterThan(3);
    const created = await client.post('/platform/organisations', {
      name: 'Green Council',
      code: 'green',
      colour: ' #00703C ',
      adminName: 'G',
      adminEmail: 'g@green.example',
    });
    expect(created.headers.location).toBe('/platform?created=green');
    const taken = await client.post('/platform/organisations', {
      name: 'Green again',
      code: 'GREEN',
      adminName: 'G',
      adminEmail: 'g2@green.example',
    });
    expect(taken.statusCode).toBe(400);
    expect(taken.body).toContain('Another organisation has the code green');
    expect(taken.body).toContain('href="#code"');
  });

  it('is not there for anyone else, organisation admins included', async () => {
    const admin = await makePerson(t.database.db, t.orgId, { role: 'org_admin' });
    const client = await signedInBrowser(t.app, admin);
    expect((await client.get('/platform')).statusCode).toBe(404);
    await client.get('/');
    expect(
      (await client.post('/platform/organisations', { name: 'Rogue', code: 'rogue', adminName: 'R', adminEmail: 'r@rogue.example' }))
        .statusCode,
    ).toBe(404);
  });
});
