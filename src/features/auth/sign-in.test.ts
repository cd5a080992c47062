import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { BrowserClient } from '../../testing/browser-client.ts';
import { makeOrganisation, makePerson } from '../../testing/factories.ts';
import { createTestApp, useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation('Harbridge Borough Council');

const sessionCookieOf = (client: BrowserClient) => client.cookies.get('guildhall_session');

describe('sign in', () => {
  it('signs in with email and password and lands on the page asked for', async () => {
    const person = await makePerson(t.database.db, t.orgId, { name: 'Priya Shah' });
    const client = new BrowserClient(t.app, '10.0.0.1');
    const first = await client.get('/profile');
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe('/sign-in?returnTo=%2Fprofile');
    await client.get(first.headers.location as string);
    const response = await client.post('/sign-in', { email: person.email.toUpperCase(), password: person.password, returnTo: '/profile' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/profile');
    const profile = await client.get('/profile');
    expect(profile.statusCode).toBe(200);
    expect(profile.body).toContain('Priya Shah');
  });

  it('sets an HttpOnly, SameSite=Lax session cookie holding 128 random bits, stored only as a hash', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    const response = await new BrowserClient(t.app, '10.0.0.2').signIn(person.email, person.password);
    const cookie = response.cookies.find((c) => c.name === 'guildhall_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(Buffer.from(cookie?.value ?? '', 'base64url')).toHaveLength(16);
    const stored = await t.database.db.selectFrom('sessions').select('token_hash').where('user_id', '=', person.id).execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).not.toContain(cookie?.value);
  });

  it('marks the cookie Secure when served over https', async () => {
    const secure = await createTestApp({ BASE_URL: 'https://intranet.example.gov.uk' });
    try {
      const org = await makeOrganisation(secure.database.db);
      const person = await makePerson(secure.database.db, org.id);
      const response = await new BrowserClient(secure.app).signIn(person.email, person.password);
      expect(response.cookies.find((c) => c.name === 'guildhall_session')?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('rotates the session id at sign-in', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    const client = new BrowserClient(t.app, '10.0.0.3');
    await client.signIn(person.email, person.password);
    const before = sessionCookieOf(client);
    await client.post('/sign-in', { email: person.email, password: person.password });
    const after = sessionCookieOf(client);
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    const oldSession = new BrowserClient(t.app);
    oldSession.cookies.set('guildhall_session', before as string);
    expect((await oldSession.get('/')).statusCode).toBe(303);
    const count = await t.database.db
      .selectFrom('sessions')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('user_id', '=', person.id)
      .executeTakeFirst();
    expect(count?.n).toBe(1);
  });

  it('says the same thing whether the account exists or not', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    const wrongPassword = await new BrowserClient(t.app, '10.0.0.4').signIn(person.email, 'not the password at all');
    const noAccount = await new BrowserClient(t.app, '10.0.0.5').signIn('nobody@nowhere.example', 'not the password at all');
    for (const response of [wrongPassword, noAccount]) {
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('Enter a correct email address and password');
      expect(response.cookies.find((c) => c.name === 'guildhall_session')).toBeUndefined();
    }
    const strip = (body: string) => body.replace(/value="[^"]*"/g, '');
    expect(strip(wrongPassword.body)).toBe(strip(noAccount.body));
  });

  it('explains empty fields with the GOV.UK error summary, keeping the email typed', async () => {
    const client = new BrowserClient(t.app, '10.0.0.6');
    const response = await client.submit('/sign-in', { email: 'sam@harbridge.example', password: '' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('govuk-error-summary');
    expect(response.body).toContain('href="#password"');
    expect(response.body).toContain('Enter your password');
    expect(response.body).toContain('value="sam@harbridge.example"');
    expect(response.body).toMatch(/<title>Error: Sign in/);
  });

  it('refuses a disabled person, and ends their sessions at once', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    const client = new BrowserClient(t.app, '10.0.0.7');
    await client.signIn(person.email, person.password);
    expect((await client.get('/')).statusCode).toBe(200);
    // As another instance or the command line would: straight to the database, then the announcement arrives.
    await t.database.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', person.id).execute();
    await t.app.changes.caughtUp();
    expect((await client.get('/')).statusCode).toBe(303);
    expect((await new BrowserClient(t.app, '10.0.0.8').signIn(person.email, person.password)).statusCode).toBe(400);
  });

  it('never sends a return address off the site', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    for (const returnTo of ['https://evil.example/', '//evil.example', '/\\evil.example', '/a\r\nset-cookie: x=1', '/café']) {
      const client = new BrowserClient(t.app, '10.0.0.9');
      await client.get('/sign-in');
      const response = await client.post('/sign-in', { email: person.email, password: person.password, returnTo });
      expect(response.headers.location).toBe('/');
    }
    // A bell is taken out of whatever a form sends (platform/security.ts): what is left is an address on the site.
    const client = new BrowserClient(t.app, '10.0.0.9');
    await client.get('/sign-in');
    const response = await client.post('/sign-in', { email: person.email, password: person.password, returnTo: '/search?q=\u0007' });
    expect(response.headers.location).toBe('/search?q=');
  });
});

describe('sessions', () => {
  it('end after the idle timeout and after the absolute timeout', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    const idle = new BrowserClient(t.app, '10.0.1.1');
    await idle.signIn(person.email, person.password);
    const absolute = new BrowserClient(t.app, '10.0.1.2');
    await absolute.signIn(person.email, person.password);
    const hashes = await t.database.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', person.id)
      .orderBy('created_at')
      .execute();
    const [idleHash, absoluteHash] = hashes.map((row) => row.token_hash);
    await t.database.db
      .updateTable('sessions')
      .set({ last_seen_at: sql`now() - interval '121 minutes'` })
      .where('token_hash', '=', idleHash as string)
      .execute();
    await t.database.db
      .updateTable('sessions')
      .set({ expires_at: sql`now() - interval '1 second'` })
      .where('token_hash', '=', absoluteHash as string)
      .execute();
    expect((await idle.get('/')).statusCode).toBe(303);
    expect((await absolute.get('/')).statusCode).toBe(303);
  });

  it('sign out ends the session on the server, not just the cookie', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    const client = new BrowserClient(t.app, '10.0.1.3');
    await client.signIn(person.email, person.password);
    const token = sessionCookieOf(client) as string;
    await client.get('/');
    const response = await client.post('/sign-out', {});
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/sign-in?signedOut=1');
    const replay = new BrowserClient(t.app);
    replay.cookies.set('guildhall_session', token);
    expect((await replay.get('/')).statusCode).toBe(303);
    const events = await t.database.db.selectFrom('audit_events').select('action').where('subject_id', '=', person.id).execute();
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['user.created', 'auth.sign_in', 'auth.sign_out']));
  });
});
