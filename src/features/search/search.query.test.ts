import { describe, expect, it } from 'vitest';
import { cleanQuery, compoundForms, normaliseQuery, parseSynonyms, readQuery, searchTerms, withSynonyms } from './search.query.ts';

describe('search queries', () => {
  it('are normalised for best bets and analytics: lower case, single spaces', () => {
    expect(normaliseQuery('  Annual\tLEAVE \n policy ')).toBe('annual leave policy');
  });

  it('keep up to 500 characters (not bytes), with control characters made spaces', () => {
    expect(cleanQuery('😀'.repeat(500))).toBe('😀'.repeat(500));
    expect(cleanQuery('x'.repeat(501))).toBeNull();
    expect(cleanQuery('null\u0000byte\u0007')).toBe('null byte');
  });

  it('are reworded with each synonym of a whole word or phrase in them', () => {
    const groups = [parseSynonyms('annual leave, holiday, A/L'), parseSynonyms('payslip, pay slip')];
    expect(groups[0]).toEqual(['annual leave', 'holiday', 'a/l']);
    expect(withSynonyms('Booking annual leave', groups)).toEqual(['Booking annual leave', 'booking holiday', 'booking a/l']);
    expect(withSynonyms('holiday', groups)).toEqual(['holiday', 'annual leave', 'a/l']);
    // Not inside another word.
    expect(withSynonyms('holidays', groups)).toEqual(['holidays']);
    // However long one group, every group in the query is used.
    const long = parseSynonyms(['payslip', ...Array.from({ length: 19 }, (_, index) => `pay document ${index}`)].join(','));
    const reworded = withSynonyms('payslip superannuation', [long, parseSynonyms('pension, superannuation')]);
    expect(reworded).toContain('payslip pension');
    expect(reworded).toContain('pay document 18 superannuation');
    // A synonym is put in as written, never read as a replacement pattern.
    expect(withSynonyms('payslip', [['payslip', '$& $1']])).toEqual(['payslip', '$& $1']);
  });

  it('are not reworded inside quotes, which ask for a phrase exactly as typed', () => {
    const groups = [parseSynonyms('annual leave, holiday'), parseSynonyms('payslip, pay slip')];
    expect(withSynonyms('"annual leave"', groups)).toEqual(['"annual leave"']);
    expect(withSynonyms('"booking annual leave" payslip', groups)).toEqual([
      '"booking annual leave" payslip',
      '"booking annual leave" pay slip',
    ]);
    // The first place a term stands outside quotes is the one reworded.
    expect(withSynonyms('"annual leave" or annual leave', groups)).toEqual(['"annual leave" or annual leave', '"annual leave" or holiday']);
    // An unclosed quote runs to the end, as the database reads it.
    expect(withSynonyms('payslip "annual leave', groups)).toEqual(['payslip "annual leave', 'pay slip "annual leave']);
  });

  it('are read for the words and phrases they leave out, as websearch_to_tsquery reads a minus', () => {
    expect(readQuery('annual -leave')).toEqual({ wanted: 'annual', excluded: ['leave'] });
    expect(readQuery('-"annual leave" policy -x')).toEqual({ wanted: 'policy', excluded: ['"annual leave"', 'x'] });
    // Across a space or a bracket; two cancel out.
    expect(readQuery('annual - leave -(sick) --pay - - day')).toEqual({ wanted: 'annual pay day', excluded: ['leave', 'sick'] });
    // Not inside a word or a quoted phrase.
    expect(readQuery('well-being "carry -over"')).toEqual({ wanted: 'well-being "carry -over"', excluded: [] });
    // Before nothing that is a word, it comes to nothing.
    expect(readQuery('pay - ... day -😀')).toEqual({ wanted: 'pay day', excluded: [] });
    expect(readQuery('pay -"')).toEqual({ wanted: 'pay', excluded: [] });
  });

  it('give the search what to look for without the minus words, whose synonyms are not looked for', () => {
    const groups = [parseSynonyms('sick leave, sickness')];
    expect(searchTerms('IT -laptop', [])).toEqual({ texts: ['IT'], raw: 'IT', excluded: ['laptop'] });
    expect(searchTerms('pay -sick leave', groups)).toEqual({ texts: ['pay leave'], raw: 'pay leave', excluded: ['sick'] });
    expect(searchTerms('pay -"sick leave"', groups)).toEqual({ texts: ['pay'], raw: 'pay', excluded: ['"sick leave"'] });
  });

  it('look for words joined by a hyphen, slash or dot as a phrase too, and hyphenated words run together', () => {
    expect(compoundForms('car-park charges?')).toEqual(['"car park" charges?', 'carpark charges?']);
    expect(compoundForms('e-mail')).toEqual(['"e mail"', 'email']);
    expect(compoundForms('sickness/absence')).toEqual(['"sickness absence"']);
    expect(compoundForms('covid-19 2025/26 expenses.pdf')).toEqual(['"covid 19" "2025 26" "expenses pdf"']);
    // As typed inside quotes, and wherever nothing joins words.
    expect(compoundForms('"car-park" permits')).toEqual([]);
    expect(compoundForms('annual leave -- - payroll@harbridge.example')).toEqual([]);
    expect(searchTerms('pay-slip -car-park', [parseSynonyms('payslip, pay statement')])).toEqual({
      texts: ['pay-slip', '"pay slip"', 'payslip', 'pay statement'],
      raw: 'pay-slip',
      excluded: ['car-park', '"car park"', 'carpark'],
    });
  });
});
