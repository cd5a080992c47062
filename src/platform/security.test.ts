import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../testing/browser-client.ts';
import { makeOrganisation, makePerson } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let person: Awaited<ReturnType<typeof makePerson>>;
let orgId: string;

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await makeOrganisation(t.database.db)).id;
  person = await makePerson(t.database.db, orgId);
});
afterAll(() => t.close());

describe('headers on every response', () => {
  it.each(['/sign-in', '/no-such-page', '/health/live', '/assets/app.css', '/accessibility'])('%s', async (url) => {
    const response = await t.app.inject({ method: 'GET', url });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('adds HSTS when BASE_URL is https', async () => {
    const secure = await createTestApp({ BASE_URL: 'https://intranet.example.gov.uk' });
    try {
      const response = await secure.app.inject({ method: 'GET', url: '/sign-in' });
      expect(response.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await secure.close();
    }
  });

  it('lets no cache keep a page', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/sign-in' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('has no inline script in any page', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/sign-in' });
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page.body).not.toMatch(/\sstyle=/);
  });
});

describe('CSRF', () => {
  it('refuses a sign-in without a token with 403, and signs nobody in', async () => {
    const client = new BrowserClient(t.app, '10.5.0.1');
    await client.get('/sign-in');
    const response = await client.post('/sign-in', { _csrf: null, email: person.email, password: person.password });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Your form has expired');
    expect(response.cookies.find((c) => c.name === 'guildhall_session')).toBeUndefined();
  });

  it('refuses a forged token, and a token without its cookie', async () => {
    const client = new BrowserClient(t.app, '10.5.0.2');
    await client.get('/sign-in');
    expect((await client.post('/sign-in', { _csrf: 'forged', email: person.email, password: person.password })).statusCode).toBe(403);
    const token = client.lastCsrfToken as string;
    const stranger = new BrowserClient(t.app, '10.5.0.3');
    expect((await stranger.post('/sign-in', { _csrf: token, email: person.email, password: person.password })).statusCode).toBe(403);
  });

  it('refuses a sign-out without a token, leaving the session alive', async () => {
    const client = new BrowserClient(t.app, '10.5.0.4');
    await client.signIn(person.email, person.password);
    const response = await client.post('/sign-out', { _csrf: null });
    expect(response.statusCode).toBe(403);
    expect((await client.get('/')).statusCode).toBe(200);
  });

  it('refuses a language change without a token, changing nothing', async () => {
    const client = new BrowserClient(t.app, '10.5.0.5');
    await client.signIn(person.email, person.password);
    await client.get('/');
    expect((await client.post('/language', { _csrf: null, lang: 'cy' })).statusCode).toBe(403);
    expect((await client.get('/')).body).toContain('lang="en"');
  });

  it('reads the token from an upload form too, and refuses one without it', async () => {
    const client = new BrowserClient(t.app, '10.5.0.7');
    await client.get('/sign-in');
    const cookie = [...client.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const multipart = (fields: Record<string, string>) => {
      const boundary = 'guildhall-test-boundary';
      const parts = Object.entries(fields).map(
        ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      );
      return {
        headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: `${parts.join('')}--${boundary}--\r\n`,
      };
    };
    const withToken = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      ...multipart({ _csrf: client.lastCsrfToken as string, email: person.email, password: person.password }),
    });
    expect(withToken.statusCode).toBe(303);
    const without = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      ...multipart({ email: person.email, password: person.password }),
    });
    expect(without.statusCode).toBe(403);
  });

  it('changes nothing on GET: sign-out and language only answer POST', async () => {
    const client = new BrowserClient(t.app, '10.5.0.6');
    await client.signIn(person.email, person.password);
    expect((await client.get('/sign-out')).statusCode).toBe(404);
    expect((await client.get('/language?lang=cy')).statusCode).toBe(404);
    expect((await client.get('/')).statusCode).toBe(200);
  });
});

describe('a NUL typed or pasted anywhere', () => {
  it('is taken out, rather than failing the page where it reaches the database', async () => {
    const visitor = new BrowserClient(t.app, '10.5.0.7');
    await visitor.get('/sign-in');
    const signIn = await visitor.post('/sign-in', { email: `${person.email}\0`, password: 'wrong' });
    expect(signIn.statusCode).toBe(400);
    expect(signIn.body).toContain('Enter a correct email address and password');

    const admin = await makePerson(t.database.db, orgId, { role: 'org_admin' });
    const client = new BrowserClient(t.app, '10.5.0.8');
    await client.signIn(admin.email, admin.password);
    expect((await client.get('/admin/people?q=%00')).statusCode).toBe(200);
    await client.get('/profile/edit');
    expect((await client.post('/profile/edit', { job_title: 'Chief\0 Executive' })).statusCode).toBe(303);
    const stored = await t.database.db.selectFrom('users').select('job_title').where('id', '=', admin.id).executeTakeFirstOrThrow();
    expect(stored.job_title).toBe('Chief Executive');
    await client.get('/profile');
    const switched = await client.post('/language', { lang: 'en', returnTo: '/search?q=a%00\0' });
    expect(switched.headers.location).toBe('/search?q=a%00');
  });
});

describe('other invisible controls in a form', () => {
  it('are taken out too: a bell or an escape pasted from a terminal, and a right-to-left override; tabs and line breaks stay', async () => {
    const person = await makePerson(t.database.db, orgId);
    const client = new BrowserClient(t.app, '10.5.0.9');
    await client.signIn(person.email, person.password);
    await client.get('/profile/edit');
    const typed = {
      job_title: 'Budget officer \u202e(acting)',
      location: '\u0007\u001b[31mTown hall\u0008\u007f\u0085',
      working_pattern: 'Mon\tTue',
    };
    expect((await client.post('/profile/edit', typed)).statusCode).toBe(303);
    const stored = await t.database.db
      .selectFrom('users')
      .select(['job_title', 'location', 'working_pattern'])
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ job_title: 'Budget officer (acting)', location: '[31mTown hall', working_pattern: 'Mon\tTue' });
    // A search reads them as spaces, as before: they reach it only in an address.
    expect((await client.get('/search?q=Budget%07officer')).body).toContain('value="Budget officer"');
  });
});
