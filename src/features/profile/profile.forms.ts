import { type FieldError, tagList, tagListFits, tagListTooLong } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import { looksLikePhone } from '../../platform/phone.ts';
import type { OwnProfileFields } from './profile.queries.ts';

/** The fields an organisation may let its people edit themselves, in the order the form shows them. */
export const selfEditableFields = ['job_title', 'location', 'phone', 'working_pattern', 'skills', 'ask_me_about'] as const;
export type SelfEditableField = (typeof selfEditableFields)[number];

/** What an organisation's settings can open to its people: those fields, and their photo. */
export const profileSettingFields = [...selfEditableFields, 'photo'] as const;

export type OwnProfileForm = Partial<Record<SelfEditableField, string>>;

const textLimits: Partial<Record<SelfEditableField, number>> = { job_title: 200, location: 200, phone: 50, working_pattern: 100 };

/** Keeps only the fields the organisation allows; a field it does not allow is ignored, whatever is posted. */
export function checkOwnProfile(form: OwnProfileForm, allowed: readonly string[], t: Translate) {
  const errors: FieldError[] = [];
  const fields: OwnProfileFields = {};
  for (const field of selfEditableFields.filter((name) => allowed.includes(name))) {
    const value = form[field]?.trim() ?? '';
    const limit = textLimits[field];
    if (field === 'skills' || field === 'ask_me_about') {
      if (tagListFits(value)) fields[field] = tagList(value);
      else errors.push({ field, text: tagListTooLong(t, field === 'skills' ? 'skills' : 'askMeAbout') });
    } else if (limit && value.length > limit) errors.push({ field, text: t('people.errors.tooLong', { limit }) });
    else if (field === 'phone' && value && !looksLikePhone(value)) errors.push({ field, text: t('form.phone') });
    else fields[field] = value || null;
  }
  return { fields, errors };
}
