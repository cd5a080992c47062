import { type StaffGroup, staffGroups } from '../../db/schema.ts';
import { type FieldError, isUuid, looksLikeEmail, normaliseEmail, tagList, tagListFits, tagListTooLong } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import { looksLikePhone } from '../../platform/phone.ts';

/** The person form as posted: every field a string, or absent. */
export interface PersonForm {
  email?: string;
  displayName?: string;
  jobTitle?: string;
  staffGroup?: string;
  teamId?: string;
  managerEmail?: string;
  phone?: string;
  location?: string;
  workingPattern?: string;
  skills?: string;
  askMeAbout?: string;
  orgAdmin?: string;
}

export interface CheckedPerson {
  email: string;
  displayName: string;
  jobTitle: string | null;
  staffGroup: StaffGroup;
  teamId: string | null;
  managerEmail: string | null;
  phone: string | null;
  location: string | null;
  workingPattern: string | null;
  skills: string[];
  askMeAbout: string[];
  orgAdmin: boolean;
}

const limits = { displayName: 200, jobTitle: 200, phone: 50, location: 200, workingPattern: 100 } as const;

const optional = (value: string | undefined) => value?.trim() || null;

export function checkPerson(form: PersonForm, t: Translate): { person: CheckedPerson; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const email = normaliseEmail(form.email ?? '');
  if (!looksLikeEmail(email)) errors.push({ field: 'email', text: t('people.errors.email') });
  const displayName = form.displayName?.trim() ?? '';
  if (!displayName) errors.push({ field: 'displayName', text: t('people.errors.nameMissing') });
  for (const [field, limit] of Object.entries(limits)) {
    if ((form[field as keyof PersonForm] ?? '').trim().length > limit) errors.push({ field, text: t('people.errors.tooLong', { limit }) });
  }
  const phone = optional(form.phone);
  if (phone && phone.length <= limits.phone && !looksLikePhone(phone)) errors.push({ field: 'phone', text: t('form.phone') });
  for (const field of ['skills', 'askMeAbout'] as const)
    if (!tagListFits(form[field])) errors.push({ field, text: tagListTooLong(t, field) });
  const staffGroup = staffGroups.find((group) => group === form.staffGroup);
  if (!staffGroup) errors.push({ field: 'staffGroup', text: t('people.errors.staffGroup') });
  const teamId = optional(form.teamId);
  if (teamId && !isUuid(teamId)) errors.push({ field: 'teamId', text: t('people.errors.team') });
  const managerEmail = form.managerEmail?.trim() ? normaliseEmail(form.managerEmail) : null;
  if (managerEmail && !looksLikeEmail(managerEmail)) errors.push({ field: 'managerEmail', text: t('people.errors.managerEmail') });
  const person: CheckedPerson = {
    email,
    displayName,
    jobTitle: optional(form.jobTitle),
    staffGroup: staffGroup ?? 'frontline',
    teamId,
    managerEmail,
    phone,
    location: optional(form.location),
    workingPattern: optional(form.workingPattern),
    skills: tagList(form.skills),
    askMeAbout: tagList(form.askMeAbout),
    orgAdmin: form.orgAdmin === 'yes',
  };
  return { person, errors };
}
