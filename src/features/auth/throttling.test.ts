import { describe, expect, it } from 'vitest';
import { BrowserClient } from '../../testing/browser-client.ts';
import { makePerson } from '../../testing/factories.ts';
import { useAppWithOrganisation } from '../../testing/test-app.ts';

const t = useAppWithOrganisation();

describe('sign-in throttling', () => {
  it('allows 10 attempts per account in 5 minutes, from any address, then answers 429', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const response = await new BrowserClient(t.app, `10.1.0.${attempt}`).signIn(person.email, 'wrong password!');
      expect(response.statusCode).toBe(400);
    }
    const blocked = await new BrowserClient(t.app, '10.1.0.99').signIn(person.email, person.password);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.body).toContain('Too many attempts');
    expect(blocked.cookies.find((c) => c.name === 'guildhall_session')).toBeUndefined();
  });

  it('allows 50 attempts per IP address across accounts, then answers 429', async () => {
    const client = new BrowserClient(t.app, '10.2.0.1');
    for (let attempt = 1; attempt <= 50; attempt += 1) {
      expect((await client.signIn(`nobody${attempt}@example.test`, 'wrong password!')).statusCode).toBe(400);
    }
    const person = await makePerson(t.database.db, t.orgId);
    expect((await client.signIn(person.email, person.password)).statusCode).toBe(429);
    expect((await new BrowserClient(t.app, '10.2.0.2').signIn(person.email, person.password)).statusCode).toBe(303);
  });

  it("do not shut out an office: one account's failures from an address leave its colleagues there signing in", async () => {
    const office = '10.5.0.1';
    const mistyped = await makePerson(t.database.db, t.orgId);
    for (let attempt = 1; attempt <= 12; attempt += 1) await new BrowserClient(t.app, office).signIn(mistyped.email, 'wrong password!');
    expect((await new BrowserClient(t.app, office).signIn(mistyped.email, mistyped.password)).statusCode).toBe(429);
    const colleague = await makePerson(t.database.db, t.orgId);
    expect((await new BrowserClient(t.app, office).signIn(colleague.email, colleague.password)).statusCode).toBe(303);
  });

  it('opens again once the attempts are older than 5 minutes', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    const client = new BrowserClient(t.app, '10.3.0.1');
    for (let attempt = 1; attempt <= 11; attempt += 1) await client.signIn(person.email, 'wrong password!');
    expect((await client.signIn(person.email, person.password)).statusCode).toBe(429);
    await t.database.db
      .updateTable('sign_in_attempts')
      .set({ attempted_at: new Date(Date.now() - 6 * 60_000) })
      .execute();
    expect((await client.signIn(person.email, person.password)).statusCode).toBe(303);
  });
});

describe('sign-ins that succeed', () => {
  it('do not count: forty colleagues behind one office address all get in', async () => {
    const office = '10.4.0.1';
    for (let colleague = 1; colleague <= 40; colleague += 1) {
      const person = await makePerson(t.database.db, t.orgId);
      expect((await new BrowserClient(t.app, office).signIn(person.email, person.password)).statusCode).toBe(303);
    }
  });

  it('still leave the failures counted', async () => {
    const person = await makePerson(t.database.db, t.orgId);
    const client = new BrowserClient(t.app, '10.4.0.2');
    for (let attempt = 1; attempt <= 5; attempt += 1) await client.signIn(person.email, 'wrong password!');
    expect((await client.signIn(person.email, person.password)).statusCode).toBe(303);
    for (let attempt = 1; attempt <= 5; attempt += 1) await client.signIn(person.email, 'wrong password!');
    expect((await client.signIn(person.email, person.password)).statusCode).toBe(429);
  });
});
