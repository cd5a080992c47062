import type { Db } from '../../db/database.ts';
import type { FileStore } from '../../platform/files.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { loadDemoData } from './demo.seed.ts';

export const demoPassword = 'guildhall-demo';
const platformAdminEmail = 'admin@harbridge.example';

export const demoAccounts = [
  { email: 'admin@harbridge.example', description: 'organisation admin, Harbridge Borough Council, and platform admin' },
  { email: 'editor@harbridge.example', description: 'editor, Harbridge Borough Council' },
  { email: 'frontline@harbridge.example', description: 'frontline worker, Harbridge Borough Council' },
  { email: 'admin@aberlyn.example', description: 'organisation admin, Aberlyn County Council' },
] as const;

/** Loads the two demo councils into an empty database; returns whether it did. */
export async function loadDemoDataIfEmpty(db: Db, files: FileStore): Promise<boolean> {
  const existing = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  // One hash for every demo account: hashing 300 passwords one by one would take a minute.
  const loaded = await loadDemoData(db, await hashPassword(demoPassword), files);
  // Someone has to be able to show the platform page in the demo.
  if (loaded) await db.updateTable('users').set({ is_platform_admin: true }).where('email', '=', platformAdminEmail).execute();
  return loaded;
}
