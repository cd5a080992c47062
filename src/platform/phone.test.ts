import { describe, expect, it } from 'vitest';
import { looksLikePhone, telHref } from './phone.ts';

describe('phone numbers', () => {
  it('takes numbers as people write them, and an extension alone', () => {
    for (const phone of [
      '01632 960 001',
      '01632-960001',
      '(01632) 960001',
      '+44 1632 960 001',
      '+44 (0)1632 960001',
      '07700.900.982',
      '4021',
      '01632 960001 ext. 12',
      '01632 960001 x12',
      '01632 960001 estyniad 12',
    ])
      expect(looksLikePhone(phone), phone).toBe(true);
  });

  it('refuses text that is no number', () => {
    for (const phone of [
      '',
      'ask reception',
      '12',
      '01632 960001 or mobile',
      '+44 +1632',
      '0800-FLOWERS',
      '1'.repeat(16),
      '<script>',
      'javascript:alert(1)',
      'x12',
    ])
      expect(looksLikePhone(phone), phone).toBe(false);
  });

  it('dials the digits, from abroad without the 0 in brackets, with the extension', () => {
    expect(telHref('01632 960 001')).toBe('tel:01632960001');
    expect(telHref('+44 (0)1632 960001 ext 12')).toBe('tel:+441632960001;ext=12');
    expect(telHref('4021')).toBe('tel:4021');
    expect(telHref('ask reception')).toBeNull();
    expect(telHref(null)).toBeNull();
  });
});
