import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { BrowserClient } from '../../testing/browser-client.ts';
import { makePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation();

async function requestResetLink(email: string): Promise<string> {
  const response = await new BrowserClient(t.app, '10.9.0.1').submit('/forgot-password', { email });
  expect(response.statusCode).toBe(303);
  expect(response.headers.location).toBe('/forgot-password/sent');
  const mail = await t.database.db
    .selectFrom('outbox')
    .select('body_text')
    .where('to_address', '=', email)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const link = /http:\/\/guildhall\.test(\/reset-password\?token=[\w-]+)/.exec(mail.body_text)?.[1];
  expect(link).toBeDefined();
  return link as string;
}

describe('password reset', () => {
  it('emails a link that sets a new password, works once, and ends every session', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    const signedIn = new BrowserClient(t.app, '10.9.0.2');
    await signedIn.signIn(person.email, person.password);
    const link = await requestResetLink(person.email);

    const client = new BrowserClient(t.app, '10.9.0.3');
    const form = await client.get(link);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Choose a new password');
    const token = new URL(link, 'http://x').searchParams.get('token') as string;
    const done = await client.post('/reset-password', { token, password: 'a brand new passphrase', confirm: 'a brand new passphrase' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/sign-in?passwordChanged=1');

    expect((await signedIn.get('/')).statusCode).toBe(303);
    expect((await new BrowserClient(t.app, '10.9.0.4').signIn(person.email, person.password)).statusCode).toBe(400);
    expect((await new BrowserClient(t.app, '10.9.0.5').signIn(person.email, 'a brand new passphrase')).statusCode).toBe(303);

    const again = await client.get(link);
    expect(again.body).toContain('This link has expired');
    const replay = await client.post('/reset-password', { token, password: 'another new passphrase', confirm: 'another new passphrase' });
    expect(replay.body).toContain('This link has expired');
  });

  it('stops working after 1 hour', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    const link = await requestResetLink(person.email);
    await t.database.db
      .updateTable('password_reset_tokens')
      .set({ expires_at: sql`now() - interval '1 second'` })
      .where('user_id', '=', person.id)
      .execute();
    expect((await new BrowserClient(t.app).get(link)).body).toContain('This link has expired');
  });

  it('keeps the link in the form when the new password is refused', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    const link = await requestResetLink(person.email);
    const token = new URL(link, 'http://x').searchParams.get('token') as string;
    const client = new BrowserClient(t.app);
    await client.get(link);
    const short = await client.post('/reset-password', { token, password: 'short', confirm: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('must be 12 characters or more');
    expect(short.body).toContain(`value="${token}"`);
    const mismatch = await client.post('/reset-password', { token, password: 'long enough passphrase', confirm: 'different passphrase' });
    expect(mismatch.body).toContain('The passwords do not match');
    expect(
      (await client.post('/reset-password', { token, password: 'long enough passphrase', confirm: 'long enough passphrase' })).statusCode,
    ).toBe(303);
  });

  it('answers the same for an address with no account, and sends nothing', async () => {
    const before = await t.database.db
      .selectFrom('outbox')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    const response = await new BrowserClient(t.app, '10.9.0.6').submit('/forgot-password', { email: 'nobody@nowhere.example' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/forgot-password/sent');
    const after = await t.database.db
      .selectFrom('outbox')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('asks for a real address', async () => {
    const response = await new BrowserClient(t.app).submit('/forgot-password', { email: 'not an email' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Enter an email address in the correct format');
  });
});
