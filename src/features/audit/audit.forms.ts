import type { FieldError } from '../../platform/forms.ts';
import { normaliseEmail } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';

export interface LedgerQuery {
  action?: string | undefined;
  actor?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: string | undefined;
}

export interface CheckedLedgerQuery {
  action: string | undefined;
  actorEmail: string | undefined;
  from: Date | undefined;
  /** The end of the day given: `to` includes that whole day. */
  to: Date | undefined;
  beforeSeq: number | undefined;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: string | undefined, field: string, errors: FieldError[], t: Translate): Date | undefined {
  if (!value?.trim()) return undefined;
  const day = value.trim();
  const date = new Date(`${day}T00:00:00Z`);
  if (!isoDate.test(day) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) {
    errors.push({ field, text: t('audit.dateInvalid') });
    return undefined;
  }
  return date;
}

export function checkLedgerQuery(query: LedgerQuery, t: Translate) {
  const errors: FieldError[] = [];
  const from = parseDay(query.from, 'from', errors, t);
  const toDay = parseDay(query.to, 'to', errors, t);
  const before = Number(query.before);
  const checked: CheckedLedgerQuery = {
    action: query.action?.trim() || undefined,
    actorEmail: query.actor?.trim() ? normaliseEmail(query.actor) : undefined,
    from,
    to: toDay ? new Date(toDay.getTime() + 86_400_000) : undefined,
    beforeSeq: Number.isSafeInteger(before) && before > 0 ? before : undefined,
  };
  return { checked, errors };
}
