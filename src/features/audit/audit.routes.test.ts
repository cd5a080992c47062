import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../platform/audit.ts';
import { BrowserClient } from '../../testing/browser-client.ts';
import { makeOrganisation, makePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');

async function adminClient(orgId = t.orgId, ip = '10.8.0.1') {
  const admin = await makePerson(t.database.db, orgId, { role: 'org_admin' });
  const client = new BrowserClient(t.app, ip);
  await client.signIn(admin.email, admin.password);
  return { admin, client };
}

describe('the ledger pages', () => {
  it('show an organisation admin their own organisation’s events, and no other’s', async () => {
    const other = await makeOrganisation(t.database.db, { name: 'Aberlyn County Council' });
    await recordAudit(t.database.db, { orgId: other.id, actorId: null, action: 'other.secret', subjectType: 'x', subjectId: 'y' });
    const { admin, client } = await adminClient();
    const page = await client.get('/admin/audit');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('auth.sign_in');
    expect(page.body).toContain(admin.id);
    expect(page.body).not.toContain('other.secret');
    const csv = await client.get('/admin/audit.csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="audit-org-/);
    expect(csv.body.split('\n')[0]).toBe('seq,occurred_at,actor_id,actor_email,action,subject_type,subject_id,details,prev_hash,hash');
    expect(csv.body).toContain('auth.sign_in');
    expect(csv.body).not.toContain('other.secret');
  });

  it('answer 404 to anyone but an organisation admin', async () => {
    const member = await makePerson(t.database.db, t.orgId);
    const client = new BrowserClient(t.app, '10.8.0.2');
    await client.signIn(member.email, member.password);
    expect((await client.get('/admin/audit')).statusCode).toBe(404);
    expect((await client.get('/admin/audit.csv')).statusCode).toBe(404);
    expect((await new BrowserClient(t.app).get('/admin/audit')).statusCode).toBe(303);
  });

  it('filter by action, by who acted and by date, and say what is wrong with a filter', async () => {
    const { admin, client } = await adminClient(t.orgId, '10.8.0.3');
    const byAction = await client.get('/admin/audit?action=user.created');
    expect(byAction.body).toContain('user.created');
    expect(byAction.body).not.toContain('<code>auth.sign_in</code>');
    const byActor = await client.get(`/admin/audit?actor=${encodeURIComponent(admin.email.toUpperCase())}`);
    expect(byActor.body).toContain('<code>auth.sign_in</code>');
    expect(byActor.body).not.toContain('<code>user.created</code>');
    const future = await client.get('/admin/audit?from=2099-01-01');
    expect(future.body).toContain('No events match these filters.');
    const today = new Date().toISOString().slice(0, 10);
    expect((await client.get(`/admin/audit?from=${today}&to=${today}`)).body).toContain('<code>auth.sign_in</code>');
    const bad = await client.get('/admin/audit?from=2026-02-30&actor=nobody@nowhere.example');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter a date like 2026-11-22');
    expect(bad.body).toContain('Nobody in your organisation has that email address');
    expect(bad.body).toContain('href="#from"');
  });

  it('page through older events, and keep a spreadsheet from running a cell as a formula', async () => {
    const org = await makeOrganisation(t.database.db);
    for (let index = 0; index < 60; index += 1) {
      await recordAudit(t.database.db, {
        orgId: org.id,
        actorId: null,
        action: 'bulk.event',
        subjectType: 'test',
        subjectId: `=HYPERLINK("x")${index}`,
      });
    }
    const { client } = await adminClient(org.id, '10.8.0.4');
    const first = await client.get('/admin/audit?action=bulk.event');
    expect(first.body.match(/<tr class="govuk-table__row">/g)).toHaveLength(51);
    const older = /href="\/admin\/audit\?(action=bulk\.event&amp;before=\d+)"/.exec(first.body)?.[1];
    expect(older).toBeDefined();
    const second = await client.get(`/admin/audit?${(older as string).replace('&amp;', '&')}`);
    expect(second.body.match(/<tr class="govuk-table__row">/g)).toHaveLength(11);
    const csv = await client.get('/admin/audit.csv?action=bulk.event');
    expect(csv.body).toContain(`"'=HYPERLINK(""x"")0"`);
    expect(csv.body).not.toMatch(/,=HYPERLINK/);
    expect(csv.body.trim().split('\n')).toHaveLength(61);
  });
});
