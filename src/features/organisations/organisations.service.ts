import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { recordAudit } from '../../platform/audit.ts';
import { contrastWithWhite, hexColour } from '../../platform/colour.ts';
import { InvalidInputError } from '../../platform/errors.ts';
import { translatorFor } from '../../platform/i18n.ts';

export interface NewOrganisationInput {
  code: string;
  name: string;
  nameCy?: string | undefined;
  brandColour?: string | undefined;
  defaultLocale?: Locale | undefined;
}

const orgCode = /^[a-z0-9][a-z0-9-]{1,39}$/;

/** What is wrong with a new organisation: the field, and the message's key (locales' platform.errors). */
export interface OrganisationProblem {
  field: 'code' | 'name' | 'nameCy' | 'colour';
  key: string;
}

/** An organisation as it will be stored: trimmed, its code and colour in lower case. */
function normalised(input: NewOrganisationInput): Required<NewOrganisationInput> {
  return {
    code: input.code.trim().toLowerCase(),
    name: input.name.trim(),
    nameCy: input.nameCy?.trim() || '',
    brandColour: (input.brandColour?.trim() || '#0b0c0c').toLowerCase(),
    defaultLocale: input.defaultLocale ?? 'en',
  };
}

/** Everything the database would refuse, at once, each in words a person can act on. */
export function organisationProblems(input: NewOrganisationInput): OrganisationProblem[] {
  const org = normalised(input);
  const problems: OrganisationProblem[] = [];
  if (!org.name || org.name.length > 200) problems.push({ field: 'name', key: 'platform.errors.name' });
  if (org.nameCy.length > 200) problems.push({ field: 'nameCy', key: 'platform.errors.nameCy' });
  if (!orgCode.test(org.code)) problems.push({ field: 'code', key: 'platform.errors.code' });
  if (!hexColour.test(org.brandColour)) problems.push({ field: 'colour', key: 'platform.errors.colour' });
  // The header shows white text on the brand colour: it must stay readable (WCAG AA).
  else if (contrastWithWhite(org.brandColour) < 4.5) problems.push({ field: 'colour', key: 'platform.errors.contrast' });
  return problems;
}

const inEnglish = translatorFor('en');

/** Creates an organisation, or throws InvalidInputError saying in English what is wrong (for the command line). */
export async function createOrganisation(db: Db, input: NewOrganisationInput) {
  const [problem] = organisationProblems(input);
  if (problem) throw new InvalidInputError(inEnglish(problem.key));
  const org = normalised(input);
  return db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('organisations').select('id').where('code', '=', org.code).executeTakeFirst();
    if (taken) throw new InvalidInputError(inEnglish('platform.errors.codeTaken', { code: org.code }));
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
