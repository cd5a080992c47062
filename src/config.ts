import { resolve } from 'node:path';
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';

/**
 * Every setting Guildhall reads from the environment, parsed once at start.
 * Nothing else in the code reads process.env.
 */
const settings = {
  NODE_ENV: {
    schema: Type.Union([Type.Literal('development'), Type.Literal('production'), Type.Literal('test')]),
    expect: 'development, production or test',
  },
  PORT: { schema: Type.Integer({ minimum: 1, maximum: 65535 }), expect: 'a whole number from 1 to 65535' },
  HOST: { schema: Type.String({ minLength: 1 }), expect: 'an interface address such as 0.0.0.0' },
  BASE_URL: {
    schema: Type.String({ pattern: '^https?://[^\\s/]+(:[0-9]+)?/?$' }),
    expect: 'an http(s) origin such as https://intranet.example.gov.uk',
  },
  DATA_DIR: { schema: Type.String({ minLength: 1 }), expect: 'a folder path' },
  DATABASE_URL: { schema: Type.String({ pattern: '^postgres(ql)?://' }), expect: 'a postgres:// URL' },
  SESSION_SECRET: { schema: Type.String({ minLength: 32 }), expect: 'at least 32 characters of random text' },
  SESSION_IDLE_MINUTES: { schema: Type.Integer({ minimum: 1, maximum: 1440 }), expect: 'minutes from 1 to 1440' },
  SESSION_MAX_HOURS: { schema: Type.Integer({ minimum: 1, maximum: 720 }), expect: 'hours from 1 to 720' },
  SMTP_URL: { schema: Type.String({ pattern: '^smtps?://' }), expect: 'an smtp:// or smtps:// URL' },
  MAIL_FROM: { schema: Type.String({ minLength: 3 }), expect: 'a sender such as "Intranet <intranet@council.gov.uk>"' },
  LOG_LEVEL: {
    schema: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l))),
    expect: 'fatal, error, warn, info, debug, trace or silent',
  },
  DEMO_DATA: { schema: Type.Boolean(), expect: 'true or false' },
  UPLOAD_LIMIT_MB: { schema: Type.Integer({ minimum: 1, maximum: 1024 }), expect: 'megabytes from 1 to 1024' },
  TRUST_PROXY: { schema: Type.Boolean(), expect: 'true or false' },
} as const;

type SettingName = keyof typeof settings;
type Env = Partial<Record<string, string | undefined>>;

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  baseUrl: string;
  /** True when BASE_URL is https: cookies get Secure and responses HSTS. */
  secure: boolean;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  demoData: boolean;
  trustProxy: boolean;
  uploadLimitMb: number;
}

export class ConfigError extends Error {}

function read<N extends SettingName>(env: Env, name: N): Static<(typeof settings)[N]['schema']> | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const { schema, expect } = settings[name];
  const value = Value.Convert(schema, raw.trim());
  if (!Value.Check(schema, value)) {
    const shown = name === 'SESSION_SECRET' || name === 'DATABASE_URL' || name === 'SMTP_URL' ? '(hidden)' : JSON.stringify(raw);
    throw new ConfigError(`${name} must be ${expect}; it is ${shown}`);
  }
  return value as Static<(typeof settings)[N]['schema']>;
}

/** Parses the environment, throwing a ConfigError whose message names the bad setting. */
export function loadConfig(env: Env = process.env): Config {
  const nodeEnv = read(env, 'NODE_ENV') ?? 'development';
  const port = read(env, 'PORT') ?? 3000;
  const baseUrl = (read(env, 'BASE_URL') ?? `http://localhost:${port}`).replace(/\/$/, '');
  const sessionSecret = read(env, 'SESSION_SECRET');
  if (nodeEnv === 'production' && !sessionSecret) {
    throw new ConfigError('SESSION_SECRET must be set in production (at least 32 characters of random text)');
  }
  return {
    env: nodeEnv,
    port,
    // Outside production the demo accounts, whose password the README gives, are loaded: only this machine may reach them
    // unless HOST says otherwise. (Fastify listens on both loopback addresses for "localhost".)
    host: read(env, 'HOST') ?? (nodeEnv === 'production' ? '0.0.0.0' : 'localhost'),
    baseUrl,
    secure: baseUrl.startsWith('https://'),
    dataDir: resolve(read(env, 'DATA_DIR') ?? 'data'),
    databaseUrl: read(env, 'DATABASE_URL'),
    sessionSecret,
    sessionIdleMinutes: read(env, 'SESSION_IDLE_MINUTES') ?? 120,
    sessionMaxHours: read(env, 'SESSION_MAX_HOURS') ?? 12,
    smtpUrl: read(env, 'SMTP_URL'),
    mailFrom: read(env, 'MAIL_FROM') ?? 'Guildhall <no-reply@guildhall.invalid>',
    logLevel: read(env, 'LOG_LEVEL') ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    demoData: read(env, 'DEMO_DATA') ?? nodeEnv !== 'production',
    trustProxy: read(env, 'TRUST_PROXY') ?? false,
    uploadLimitMb: read(env, 'UPLOAD_LIMIT_MB') ?? 50,
  };
}
