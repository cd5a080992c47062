import type { Translate } from '../../platform/i18n.ts';
import { type FieldError, looksLikeEmail, normaliseEmail } from '../../platform/forms.ts';
import { passwordRules } from '../../platform/passwords.ts';

export interface SignInForm {
  email: string;
  password: string;
}

export function checkSignIn(body: { email?: string; password?: string }, t: Translate) {
  const form: SignInForm = { email: normaliseEmail(body.email ?? ''), password: body.password ?? '' };
  const errors: FieldError[] = [];
  if (!form.email) errors.push({ field: 'email', text: t('signIn.emailMissing') });
  if (!form.password) errors.push({ field: 'password', text: t('signIn.passwordMissing') });
  return { form, errors };
}

export function checkForgotPassword(body: { email?: string }, t: Translate) {
  const email = normaliseEmail(body.email ?? '');
  const errors: FieldError[] = looksLikeEmail(email) ? [] : [{ field: 'email', text: t('forgotPassword.emailInvalid') }];
  return { email, errors };
}

export function checkNewPassword(body: { password?: string; confirm?: string }, t: Translate) {
  const password = body.password ?? '';
  const errors: FieldError[] = [];
  if (password.length < passwordRules.minLength) errors.push({ field: 'password', text: t('resetPassword.tooShort') });
  else if (password.length > passwordRules.maxLength) errors.push({ field: 'password', text: t('resetPassword.tooLong') });
  else if (password !== (body.confirm ?? '')) errors.push({ field: 'confirm', text: t('resetPassword.mismatch') });
  return { password, errors };
}
