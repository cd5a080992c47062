import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import { contrastWithWhite, hexColour } from '../../platform/colour.ts';
import { InvalidInputError } from '../../platform/errors.ts';

export interface NewOrganisationInput {
  code: string;
  name: string;
  nameCy?: string | undefined;
  brandColour?: string | undefined;
  defaultLocale?: Locale | undefined;
}

const orgCode = /^[a-z0-9][a-z0-9-]{1,39}$/;

/** Checks what the database would refuse, and says why in words a person can act on. */
function checkOrganisation(input: NewOrganisationInput): Required<NewOrganisationInput> {
  const code = input.code.trim().toLowerCase();
  if (!orgCode.test(code))
    throw new InvalidInputError('code must be 2 to 40 lowercase letters, digits or hyphens, starting with a letter or digit');
  const name = input.name.trim();
  if (!name || name.length > 200) throw new InvalidInputError('name must be 1 to 200 characters');
  const brandColour = (input.brandColour ?? '#0b0c0c').trim().toLowerCase();
  if (!hexColour.test(brandColour)) throw new InvalidInputError('brand colour must look like #1d70b8');
  // The header shows white text on the brand colour: it must stay readable (WCAG AA).
  if (contrastWithWhite(brandColour) < 4.5) throw new InvalidInputError('brand colour is too light for white text (contrast below 4.5:1)');
  return { code, name, nameCy: input.nameCy?.trim() || '', brandColour, defaultLocale: input.defaultLocale ?? 'en' };
}

export async function createOrganisation(db: Db, input: NewOrganisationInput) {
  const org = checkOrganisation(input);
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('organisations').select('id').where('code', '=', org.code).executeTakeFirst();
    if (taken) throw new InvalidInputError(`an organisation with code "${org.code}" already exists`);
    const created = await trx
      .insertInto('organisations')
      .values({
        code: org.code,
        name: org.name,
        name_cy: org.nameCy || null,
        brand_colour: org.brandColour,
        default_locale: org.defaultLocale,
      })
      .returning(['id', 'code', 'name'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      orgId: created.id,
      actorId: null,
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: created.id,
    });
    return created;
  });
}

export function findOrganisationByCode(db: Db, code: string) {
  return db.selectFrom('organisations').select(['id', 'code', 'name']).where('code', '=', code.trim().toLowerCase()).executeTakeFirst();
}
