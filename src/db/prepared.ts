import { type Compilable, CompiledQuery, type RawBuilder } from 'kysely';
import { createHash } from 'node:crypto';
import type { Db } from './database.ts';

/** SQL texts worth preparing once per PostgreSQL connection, with their statement names. */
const statementNames = new Map<string, string>();

/** The name to prepare this SQL under, if it is one of the prepared queries. */
export function preparedStatementName(sql: string): string | undefined {
  return statementNames.get(sql);
}

type Slot<P> = { param: keyof P } | { value: unknown };

const placeholderPrefix = '\u0000prepared-parameter:';

/**
 * A query built and compiled once, then run with new values: for the queries
 * behind the most-viewed pages. Kysely would otherwise build and compile the
 * query on every request, and PostgreSQL parse and plan it on every run; here
 * the SQL is fixed, and on PostgreSQL it is a named prepared statement that
 * each connection plans once (see database.ts).
 *
 * `build` is called once with placeholder values, so it must use each
 * parameter as a single value and never branch on one.
 */
export function prepared<P extends Record<string, unknown>, R>(build: (db: Db, params: P) => Compilable<R> | RawBuilder<R>) {
  let compiled: { sql: string; slots: Slot<P>[] } | undefined;

  function compile(db: Db) {
    const placeholders = new Proxy({} as P, { get: (_target, key) => `${placeholderPrefix}${String(key)}` });
    const built = build(db, placeholders);
    const query = 'isRawBuilder' in built ? built.compile(db) : built.compile();
    const slots = query.parameters.map((value): Slot<P> =>
      typeof value === 'string' && value.startsWith(placeholderPrefix) ? { param: value.slice(placeholderPrefix.length) } : { value },
    );
    statementNames.set(query.sql, `guildhall_${createHash('sha256').update(query.sql).digest('hex').slice(0, 24)}`);
    return { sql: query.sql, slots };
  }

  return async (db: Db, params: P): Promise<R[]> => {
    compiled ??= compile(db);
    const values = compiled.slots.map((slot) => ('param' in slot ? params[slot.param] : slot.value));
    const result = await db.executeQuery<R>(CompiledQuery.raw(compiled.sql, values));
    return result.rows;
  };
}
