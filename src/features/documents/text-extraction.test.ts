import { readdir, readFile } from 'node:fs/promises';
import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractText } from './text-extraction.ts';

const fixtures = new URL('../../testing/fixtures/', import.meta.url);
const demoFiles = new URL('../demo/files/', import.meta.url);
const fixture = (name: string) => readFile(new URL(name, fixtures));

/** Bytes that look random but are the same on every run, so a failure can be reproduced. */
function noise(length: number, seed = 42): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[index] = state >> 16;
  }
  return bytes;
}

/** A one-entry deflated zip, as a DOCX would be: a small file that declares a large uncompressed size. */
function deflatedZip(name: string, content: Buffer): Buffer {
  const nameBytes = Buffer.from(name);
  const data = deflateRawSync(content);
  const fields = Buffer.alloc(16);
  fields.writeUInt32LE(crc32(content), 0);
  fields.writeUInt32LE(data.length, 4);
  fields.writeUInt32LE(content.length, 8);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  fields.copy(local, 14, 0, 12);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  fields.copy(central, 16, 0, 12);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + data.length, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describe('extractText', () => {
  it('reads the PDF fixture', async () => {
    const text = await extractText('pdf', await fixture('sample.pdf'));
    expect(text).toContain('Lone workers must check in with the duty manager every two hours.');
  });

  it('reads the DOCX fixture', async () => {
    const text = await extractText('docx', await fixture('sample.docx'));
    expect(text).toContain('Report suspicious emails to the ICT Service Desk before opening any attachment.');
  });

  it('reads text files as UTF-8 on one line', async () => {
    const text = await extractText('txt', await fixture('sample.txt'));
    expect(text).toBe(
      'Guildhall test fixture (TXT). Gritting routes are published every October. Croeso i Gyngor Bwrdeistref Harbridge – diolch yn fawr.',
    );
  });

  it('strips a byte order mark, control characters and surplus whitespace', async () => {
    const content = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('  Hello\u0000\r\n\r\n\tworld  ')]);
    expect(await extractText('txt', content)).toBe('Hello world');
  });

  it('caps the text at a million characters', async () => {
    const text = await extractText('txt', Buffer.from('council '.repeat(200_000)));
    expect(text.length).toBeLessThanOrEqual(1_000_000);
    expect(text.length).toBeGreaterThan(999_000);
  });

  it('returns nothing for images, spreadsheets and ODT', async () => {
    for (const [kind, name] of [
      ['png', 'sample.png'],
      ['jpeg', 'sample.jpg'],
      ['xlsx', 'sample.xlsx'],
      ['odt', 'sample.odt'],
    ] as const)
      expect(await extractText(kind, await fixture(name))).toBe('');
  });

  it('does not detach the caller’s buffer', async () => {
    const content = await fixture('sample.pdf');
    await extractText('pdf', content);
    expect(content.byteLength).toBeGreaterThan(0);
    expect(await extractText('pdf', content)).toContain('duty manager');
  });

  it('rejects a corrupt PDF with an Error', async () => {
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(4000)]);
    await expect(extractText('pdf', content)).rejects.toBeInstanceOf(Error);
  });

  it('rejects a corrupt DOCX with an Error', async () => {
    await expect(extractText('docx', noise(3000))).rejects.toBeInstanceOf(Error);
    const truncated = (await fixture('sample.docx')).subarray(0, 2000);
    await expect(extractText('docx', truncated)).rejects.toBeInstanceOf(Error);
  });

  it('refuses a DOCX that would unpack to too much XML', async () => {
    const bomb = deflatedZip('word/document.xml', Buffer.alloc(25 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100_000);
    await expect(extractText('docx', bomb)).rejects.toThrow(/too much to index/);
  });
});

describe('demo documents', () => {
  const phrases: Record<string, string> = {
    'annual-leave-policy.pdf': 'You may carry over up to five days',
    'it-acceptable-use-policy.pdf': 'Report suspicious emails using the Report Phishing button in Outlook',
    'safeguarding-referral-guide.pdf': 'If a person is in immediate danger, call 999 first.',
    'expenses-claim-form.docx': 'HMRC approved rates: 45p per mile',
    'lone-working-risk-assessment.docx': 'Lone workers must check in with the duty manager every two hours',
    'new-starter-checklist.docx': 'mandatory e-learning',
  };

  it('has a known phrase for every demo document', async () => {
    const names = (await readdir(demoFiles)).filter((name) => name !== 'README.md');
    expect(names.sort()).toEqual(Object.keys(phrases).sort());
  });

  it.each(Object.entries(phrases))('%s yields its text', async (name, phrase) => {
    const text = await extractText(name.endsWith('.pdf') ? 'pdf' : 'docx', await readFile(new URL(name, demoFiles)));
    expect(text.length).toBeGreaterThan(200);
    expect(text).toContain(phrase);
    expect(text).toContain('Harbridge Borough Council');
  });
});
