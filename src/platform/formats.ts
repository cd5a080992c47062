/** Dates and sizes as UK readers expect them, in English or Welsh, in UK time. */
const timeZone = 'Europe/London';
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function formatFor(cache: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions) {
  const tag = locale === 'cy' ? 'cy' : 'en-GB';
  let format = cache.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { timeZone, ...options });
    cache.set(tag, format);
  }
  return format;
}

function asDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string' && value) {
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

// A page of news shows twenty dates; Intl takes microseconds over each, a lookup nanoseconds.
const formattedDays = new Map<string, string>();

/** "23 November 2026" */
export function formatDate(value: unknown, locale: string): string {
  const date = asDate(value);
  if (!date) return '';
  // Same UK day, same words: keyed by the day in UTC and the hour, as UK time is UTC or an hour ahead.
  const key = `${locale}${date.toISOString().slice(0, 13)}`;
  let text = formattedDays.get(key);
  if (text === undefined) {
    if (formattedDays.size >= 20_000) formattedDays.clear();
    text = formatFor(dateFormats, locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
    formattedDays.set(key, text);
  }
  return text;
}

/** "23 November 2026, 14:30" */
export function formatDateTime(value: unknown, locale: string): string {
  const date = asDate(value);
  return date
    ? formatFor(dateTimeFormats, locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(
        date,
      )
    : '';
}

/** "1.2 MB", "340 KB" */
export function formatFileSize(bytes: unknown): string {
  const size = Number(bytes);
  if (!Number.isFinite(size) || size < 0) return '';
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * What a datetime-local field sends ("2026-12-01T09:30"), read as UK time: null if it is no date and time,
 * 'skipped' if UK clocks never show it (they go from 01:00 to 02:00 on the last Sunday in March).
 */
export function ukLocalTime(value: string): Date | null | 'skipped' {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offset of UK time from UTC at that moment (0 or 1 hour), found by formatting it there.
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23', minute: '2-digit' }).formatToParts(asUtc);
  const shown =
    Number(parts.find((part) => part.type === 'hour')?.value) * 60 + Number(parts.find((part) => part.type === 'minute')?.value);
  const offsetMinutes = (((shown - (hour * 60 + minute)) % 1440) + 1440) % 1440;
  const date = new Date(asUtc - (offsetMinutes > 720 ? offsetMinutes - 1440 : offsetMinutes) * 60_000);
  if (Number.isNaN(date.getTime()) || new Date(asUtc).getUTCDate() !== day) return null;
  // The hour the clocks skip in March (01:00-01:59) never happens: read as it was, it went live an hour early.
  return toUkLocalInput(date) === value ? date : 'skipped';
}

/** A Date as a datetime-local field shows it, in UK time. */
export function toUkLocalInput(value: Date | null | undefined): string {
  if (!value) return '';
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
      minute: '2-digit',
    })
      .formatToParts(value)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}
