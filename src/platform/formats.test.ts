import { describe, expect, it } from 'vitest';
import { formatDate, formatFileSize, toUkLocalInput, ukLocalTime } from './formats.ts';

describe('formats', () => {
  it('writes dates in English and Welsh', () => {
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026');
    expect(formatDate(new Date('2026-07-01T23:30:00Z'), 'en')).toBe('2 July 2026');
    expect(formatDate('2026-11-23', 'cy')).toBe('23 Tachwedd 2026');
    expect(formatDate('not a date', 'en')).toBe('');
  });

  /** A local time as ukLocalTime reads it: the moment in UTC, or why not. */
  const read = (value: string) => {
    const read = ukLocalTime(value);
    return read instanceof Date ? read.toISOString() : read;
  };

  it('reads a UK local time in winter and in summer', () => {
    expect(read('2026-12-01T09:30')).toBe('2026-12-01T09:30:00.000Z');
    expect(read('2026-07-01T09:30')).toBe('2026-07-01T08:30:00.000Z');
    expect(read('2026-02-30T09:30')).toBeNull();
    expect(read('tomorrow')).toBeNull();
    expect(toUkLocalInput(new Date('2026-07-01T08:30:00Z'))).toBe('2026-07-01T09:30');
  });

  it('says which times the clocks skip in March, and reads those either side and the hour that happens twice in October', () => {
    expect(read('2027-03-28T01:30')).toBe('skipped');
    expect(read('2027-03-28T01:00')).toBe('skipped');
    expect(read('2027-03-28T00:59')).toBe('2027-03-28T00:59:00.000Z');
    expect(read('2027-03-28T02:00')).toBe('2027-03-28T01:00:00.000Z');
    expect(read('2027-10-31T01:30')).toMatch(/^2027-10-31T0[01]:30:00.000Z$/);
  });

  it('writes file sizes', () => {
    expect(formatFileSize(512)).toBe('512 bytes');
    expect(formatFileSize(340 * 1024)).toBe('340 KB');
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });
});
