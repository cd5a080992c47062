import type { Db } from '../../db/database.ts';
import { type StaffGroup, staffGroups, type UserRole } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import { InvalidInputError } from '../../platform/errors.ts';
import { looksLikeEmail, normaliseEmail } from '../../platform/forms.ts';
import { hashPassword, passwordRules } from '../../platform/passwords.ts';

export interface NewPersonInput {
  orgId: string;
  email: string;
  displayName: string;
  password: string;
  jobTitle?: string | undefined;
  staffGroup?: StaffGroup | undefined;
  role?: UserRole | undefined;
  /** Runs the platform: sets up organisations. */
  platformAdmin?: boolean | undefined;
  /** Who did it, for the audit trail; null for the command line. */
  actorId?: string | null;
}

export function isStaffGroup(value: string): value is StaffGroup {
  return (staffGroups as readonly string[]).includes(value);
}

function checkPerson(input: NewPersonInput) {
  const email = normaliseEmail(input.email);
  if (!looksLikeEmail(email)) throw new InvalidInputError('email must be an address like name@council.gov.uk');
  const displayName = input.displayName.trim();
  if (!displayName || displayName.length > 200) throw new InvalidInputError('name must be 1 to 200 characters');
  const { minLength, maxLength } = passwordRules;
  if (input.password.length < minLength || input.password.length > maxLength) {
    throw new InvalidInputError(`password must be ${minLength} to ${maxLength} characters`);
  }
  return { email, displayName };
}

export async function createPerson(db: Db, input: NewPersonInput) {
  const { email, displayName } = checkPerson(input);
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (taken) throw new InvalidInputError(`someone with email ${email} already exists`);
    const created = await trx
      .insertInto('users')
      .values({
        org_id: input.orgId,
        email,
        display_name: displayName,
        job_title: input.jobTitle?.trim() || null,
        staff_group: input.staffGroup ?? 'manager',
        role: input.role ?? 'member',
        is_platform_admin: input.platformAdmin ?? false,
        password_hash: passwordHash,
      })
      .returning(['id', 'org_id', 'email'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      orgId: input.orgId,
      actorId: input.actorId ?? null,
      action: 'user.created',
      subjectType: 'user',
      subjectId: created.id,
      details: { role: input.role ?? 'member', platform_admin: input.platformAdmin ?? false },
    });
    return created;
  });
}
