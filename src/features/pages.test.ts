import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../testing/browser-client.ts';
import { makeOrganisation, makePerson } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

let t: TestApp;
let harbridge: { id: string; code: string };
let aberlyn: { id: string; code: string };
let admin: Awaited<ReturnType<typeof makePerson>>;
let member: Awaited<ReturnType<typeof makePerson>>;
let welshAdmin: Awaited<ReturnType<typeof makePerson>>;

beforeAll(async () => {
  t = await createTestApp();
  harbridge = await makeOrganisation(t.database.db, { name: 'Harbridge Borough Council' });
  aberlyn = await makeOrganisation(t.database.db, { name: 'Aberlyn County Council', nameCy: 'Cyngor Sir Aberlyn' });
  admin = await makePerson(t.database.db, harbridge.id, { role: 'org_admin', name: 'Alex Morgan' });
  member = await makePerson(t.database.db, harbridge.id, { name: 'Sam Okafor' });
  welshAdmin = await makePerson(t.database.db, aberlyn.id, { role: 'org_admin', name: 'Rhiannon Evans' });
});
afterAll(() => t.close());

async function signedIn(person: { email: string; password: string }, ip = '10.7.0.1') {
  const client = new BrowserClient(t.app, ip);
  expect((await client.signIn(person.email, person.password)).statusCode).toBe(303);
  return client;
}

function expectPageChrome(body: string, title: RegExp) {
  expect(body.match(/<h1[\s>]/g)).toHaveLength(1);
  expect(body).toContain('href="#main-content"');
  expect(body).toContain('id="main-content"');
  expect(body).toMatch(title);
  expect(body).not.toMatch(/govuk-logo|govuk-header__logotype|GDS Transport|crown/i);
}

describe('pages', () => {
  it.each([
    ['/sign-in', 200, /<title>Sign in – Guildhall<\/title>/],
    ['/forgot-password', 200, /<title>Reset your password – Guildhall<\/title>/],
    ['/accessibility', 200, /<title>Accessibility statement – Guildhall<\/title>/],
    ['/cookies', 200, /<title>Cookies – Guildhall<\/title>/],
    ['/no-such-page', 404, /<title>Page not found – Guildhall<\/title>/],
  ])('%s answers %i with one h1, a skip link and its title', async (url, status, title) => {
    const response = await new BrowserClient(t.app).get(url);
    expect(response.statusCode).toBe(status);
    expectPageChrome(response.body, title);
  });

  it('answers 500 with a page that tells nothing of the error, in the chosen language', async () => {
    const broken = await createTestApp();
    const org = await makeOrganisation(broken.database.db);
    const person = await makePerson(broken.database.db, org.id);
    const client = new BrowserClient(broken.app);
    await client.signIn(person.email, person.password);
    await client.get('/');
    await client.post('/language', { lang: 'cy', returnTo: '/' });
    await broken.database.close();
    const response = await client.get('/');
    expect(response.statusCode).toBe(500);
    expectPageChrome(response.body, /<title>Mae&#39;n ddrwg gennym, mae problem gyda&#39;r gwasanaeth – Guildhall<\/title>/);
    expect(response.body).not.toMatch(/pglite|postgres|closed|stack/i);
    await broken.app.close();
  });

  it.each([
    ['/', /<title>Home – Harbridge Borough Council – Guildhall<\/title>/],
    ['/profile', /<title>Your profile – Harbridge Borough Council – Guildhall<\/title>/],
    ['/admin/outbox', /<title>Outbox – Harbridge Borough Council – Guildhall<\/title>/],
    ['/accessibility', /<title>Accessibility statement – Harbridge Borough Council – Guildhall<\/title>/],
    ['/no-such-page', /<title>Page not found – Harbridge Borough Council – Guildhall<\/title>/],
  ])('signed in, %s is titled "Page – Council – Guildhall"', async (url, title) => {
    const response = await (await signedIn(admin)).get(url);
    expectPageChrome(response.body, title);
  });

  it('home shows the council, a welcome, and the news and spaces regions', async () => {
    const body = (await (await signedIn(member)).get('/')).body;
    expect(body).toContain('Harbridge Borough Council');
    expect(body).toContain('Welcome, Sam Okafor');
    expect(body).toContain('id="news"');
    expect(body).toContain('id="spaces"');
    expect(body).toContain(`/brand/${harbridge.code}.css`);
  });

  it('the profile shows the person signed in', async () => {
    const body = (await (await signedIn(member)).get('/profile')).body;
    expect(body).toContain('Sam Okafor');
    expect(body).toContain(member.email);
    expect(body).toContain('Manager');
  });

  it('serves a council its brand colour, and nobody else', async () => {
    const client = await signedIn(member);
    const own = await client.get(`/brand/${harbridge.code}.css`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('--guildhall-brand: #1d70b8');
    expect((await client.get(`/brand/${aberlyn.code}.css`)).statusCode).toBe(404);
    expect((await new BrowserClient(t.app).get(`/brand/${harbridge.code}.css`)).statusCode).toBe(404);
  });
});

describe('tenancy and permissions', () => {
  it('shows an organisation admin their own outbox only', async () => {
    await new BrowserClient(t.app, '10.7.1.1').submit('/forgot-password', { email: member.email });
    await new BrowserClient(t.app, '10.7.1.2').submit('/forgot-password', { email: welshAdmin.email });
    const harbridgeOutbox = (await (await signedIn(admin)).get('/admin/outbox')).body;
    expect(harbridgeOutbox).toContain(member.email);
    expect(harbridgeOutbox).not.toContain(welshAdmin.email);
    const aberlynOutbox = (await (await signedIn(welshAdmin, '10.7.1.3')).get('/admin/outbox')).body;
    expect(aberlynOutbox).toContain(welshAdmin.email);
    expect(aberlynOutbox).not.toContain(member.email);
  });

  it('answers 404, not 403, to someone who may not read the outbox', async () => {
    const client = await signedIn(member);
    const response = await client.get('/admin/outbox');
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('Outbox');
  });

  it('never shows one council’s name or people to another’s staff', async () => {
    const client = await signedIn(welshAdmin, '10.7.1.4');
    for (const url of ['/', '/profile', '/admin/outbox']) {
      const body = (await client.get(url)).body;
      expect(body).not.toContain('Harbridge');
      expect(body).not.toContain(member.email);
    }
  });
});

describe('Welsh', () => {
  it('switches the page chrome to Welsh and remembers it on the person', async () => {
    const client = await signedIn(welshAdmin, '10.7.2.1');
    await client.get('/profile');
    const switched = await client.post('/language', { lang: 'cy', returnTo: '/profile' });
    expect(switched.statusCode).toBe(303);
    expect(switched.headers.location).toBe('/profile');
    const page = (await client.get('/profile')).body;
    expect(page).toContain('<html lang="cy"');
    expect(page).toContain('<title>Eich proffil – Cyngor Sir Aberlyn – Guildhall</title>');
    expect(page).toContain('Neidio i&#39;r prif gynnwys');
    expect(page).toContain('Allgofnodi');

    const elsewhere = await signedIn(welshAdmin, '10.7.2.2');
    expect((await elsewhere.get('/')).body).toContain('<html lang="cy"');
  });

  it('comes back to the same page, its query included, from the language switch', async () => {
    const client = await signedIn(welshAdmin, '10.7.2.4');
    const address = '/search?q=gwyliau+%22a%26b%22&type=page';
    const page = (await client.get(address)).body;
    expect(page).toContain('name="returnTo" value="/search?q=gwyliau+%22a%26b%22&amp;type=page"');
    const switched = await client.post('/language', { lang: 'en', returnTo: address });
    expect(switched.headers.location).toBe(address);
    // Too long an address to come back to: the page itself, without its query.
    const long = `/search?q=${'a'.repeat(1000)}`;
    expect((await client.get(long)).body).toContain('name="returnTo" value="/search"');
  });

  it('remembers the choice in a cookie before sign-in, and shows Welsh sign-in and error pages', async () => {
    const client = new BrowserClient(t.app, '10.7.2.3');
    await client.get('/sign-in');
    await client.post('/language', { lang: 'cy', returnTo: '/sign-in' });
    const signIn = await client.get('/sign-in');
    expect(signIn.body).toContain('<title>Mewngofnodi – Guildhall</title>');
    expect(signIn.body).toContain('Cyfeiriad e-bost');
    const failed = await client.post('/sign-in', { email: 'x@example.test', password: 'wrong wrong wrong' });
    expect(failed.body).toContain('Mae problem wedi codi');
    expect(failed.body).toContain('Rhowch gyfeiriad e-bost a chyfrinair cywir');
    // The field's own message, for screen readers, in Welsh too (GOV.UK's macros say "Error" unless told).
    expect(failed.body).toContain('<span class="govuk-visually-hidden">Gwall:</span> Rhowch gyfeiriad e-bost a chyfrinair cywir');
    expect(failed.body).not.toContain('>Error:<');
    expect((await client.get('/no-such-page')).body).toContain('Heb ddod o hyd i&#39;r dudalen');
  });

  it('sends the language form back only to a page on this site', async () => {
    const client = new BrowserClient(t.app, '10.7.2.4');
    await client.get('/sign-in');
    const response = await client.post('/language', { lang: 'en', returnTo: '//evil.example/' });
    expect(response.headers.location).toBe('/');
  });

  it('refuses a language it does not have', async () => {
    const client = new BrowserClient(t.app, '10.7.2.5');
    await client.get('/sign-in');
    expect((await client.post('/language', { lang: 'fr' })).statusCode).toBe(400);
  });
});
