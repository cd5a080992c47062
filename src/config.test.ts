import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('needs no settings at all in development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ env: 'development', port: 3000, baseUrl: 'http://localhost:3000', secure: false, demoData: true });
    // The demo accounts are reachable from this machine only, unless HOST says otherwise; in production, from the network.
    expect(config.host).toBe('localhost');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }).host).toBe('0.0.0.0');
    expect(config.databaseUrl).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT must be a whole number/],
    [{ PORT: '0' }, /^PORT must be/],
    [{ PORT: '65536' }, /^PORT must be/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must be a postgres:\/\/ URL; it is \(hidden\)/],
    [{ NODE_ENV: 'production' }, /^SESSION_SECRET must be set in production/],
    [{ NODE_ENV: 'production', SESSION_SECRET: 'short' }, /^SESSION_SECRET must be at least 32 characters/],
    [{ BASE_URL: 'intranet.example' }, /^BASE_URL must be/],
    [{ SESSION_IDLE_MINUTES: '-5' }, /^SESSION_IDLE_MINUTES must be/],
  ])('refuses %o with one line naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('turns on Secure cookies and HSTS for an https BASE_URL', () => {
    expect(loadConfig({ BASE_URL: 'https://intranet.harbridge.gov.uk/' })).toMatchObject({
      baseUrl: 'https://intranet.harbridge.gov.uk',
      secure: true,
    });
  });

  it('never loads demo data in production unless asked, and keeps secrets out of messages', () => {
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) });
    expect(config.demoData).toBe(false);
    expect(() => loadConfig({ DATABASE_URL: 'http://user:hunter2@db' })).toThrow(/^(?!.*hunter2)/);
  });
});
