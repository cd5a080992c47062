import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../testing/browser-client.ts';
import { makeOrganisation, makePerson } from '../testing/factories.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';

const lines: string[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOG_LEVEL: 'trace' }, capture);
});
afterAll(() => t.close());

describe('logs', () => {
  it('are JSON with request ids, and hold no password, token, cookie or email', async () => {
    const org = await makeOrganisation(t.database.db);
    const person = await makePerson(t.database.db, org.id, { email: 'secretive.person@example.test' });
    const client = new BrowserClient(t.app);
    await client.signIn(person.email, person.password);
    const sessionToken = client.cookies.get('guildhall_session');
    await client.get('/');
    await client.submit('/forgot-password', { email: person.email });
    const mail = await t.database.db.selectFrom('outbox').select('body_text').executeTakeFirstOrThrow();
    const resetToken = /token=([\w-]+)/.exec(mail.body_text)?.[1] as string;
    await client.get(`/reset-password?token=${resetToken}`);
    await client.post('/reset-password', { token: resetToken, password: 'new passphrase here', confirm: 'new passphrase here' });

    const records = lines.map((line) => JSON.parse(line) as { reqId?: string; req?: { path?: string } });
    expect(records.filter((record) => record.req).length).toBeGreaterThanOrEqual(6);
    expect(records.filter((record) => record.req).every((record) => typeof record.reqId === 'string')).toBe(true);
    const everything = lines.join('\n');
    const secrets = [person.password, 'new passphrase here', resetToken, person.email, sessionToken, client.lastCsrfToken];
    for (const secret of secrets) {
      expect(secret).toBeTruthy();
      expect(everything).not.toContain(secret as string);
    }
    expect(everything).not.toMatch(/guildhall_(session|csrf)=/);
  });
});
