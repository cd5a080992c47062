import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkUpload, contentDisposition, type DocumentKind } from './file-types.ts';

const fixtures = new URL('../../testing/fixtures/', import.meta.url);
const fixture = (name: string) => readFile(new URL(name, fixtures));

/** A zip with stored (uncompressed) entries: enough to dress up files as Office documents. */
function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    header.copy(central, 16, 14, 26);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = (main: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

describe('checkUpload', () => {
  const accepted: [string, DocumentKind, string][] = [
    ['sample.pdf', 'pdf', 'application/pdf'],
    ['sample.docx', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['sample.xlsx', 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['sample.odt', 'odt', 'application/vnd.oasis.opendocument.text'],
    ['sample.png', 'png', 'image/png'],
    ['sample.jpg', 'jpeg', 'image/jpeg'],
    ['sample.txt', 'txt', 'text/plain'],
  ];

  it.each(accepted)('accepts the %s fixture as %s', async (name, kind, mimeType) => {
    const result = await checkUpload(name, await fixture(name));
    expect(result).toMatchObject({ ok: true, type: { kind, mimeType } });
  });

  it('accepts upper-case extensions and .jpeg as well as .jpg', async () => {
    expect(await checkUpload('POLICY.PDF', await fixture('sample.pdf'))).toMatchObject({ ok: true, type: { kind: 'pdf' } });
    expect(await checkUpload('Photo.JPG', await fixture('sample.jpg'))).toMatchObject({ ok: true, type: { kind: 'jpeg' } });
    expect(await checkUpload('photo.Jpeg', await fixture('sample.jpg'))).toMatchObject({ ok: true, type: { kind: 'jpeg', isImage: true } });
    expect(await checkUpload('C:\\Users\\sam\\Notes.TXT', await fixture('sample.txt'))).toMatchObject({ ok: true });
  });

  it('refuses files whose content is another type than their name says', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const wordMacros = storedZip({ '[Content_Types].xml': contentTypes('application/vnd.ms-word.document.macroEnabled.main+xml') });
    const cases: [string, Uint8Array][] = [
      ['policy.pdf', await fixture('sample.png')],
      ['notes.txt', Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>')],
      ['letter.docx', await fixture('sample.pdf')],
      ['letter.docx', await fixture('sample.xlsx')],
      ['letter.docx', await fixture('sample.odt')],
      ['letter.docx', storedZip({ 'notes.txt': 'not a Word document' })],
      ['letter.docx', wordMacros],
      ['budget.xlsx', await fixture('sample.docx')],
      ['logo.png', svg],
      ['photo.jpg', await fixture('sample.png')],
    ];
    for (const [name, content] of cases) expect(await checkUpload(name, content), name).toEqual({ ok: false, problem: 'mismatch' });
  });

  it('refuses names without an accepted extension', async () => {
    const content = await fixture('sample.txt');
    for (const name of ['logo.svg', 'page.html', 'page.htm', 'setup.exe', 'script.js', 'README', 'policy.pdf.exe', 'policy.pdf.', ''])
      expect(await checkUpload(name, content), name).toEqual({ ok: false, problem: 'unsupported' });
  });

  it('refuses empty files', async () => {
    expect(await checkUpload('empty.pdf', new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
    expect(await checkUpload('empty.txt', new Uint8Array())).toEqual({ ok: false, problem: 'empty' });
  });

  it('accepts a .txt only when it is plain UTF-8 text', async () => {
    const refused = [
      Buffer.from([0x48, 0x69, 0xc3, 0x28]), // invalid UTF-8
      Buffer.from([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), // UTF-16, with NULs
      Buffer.from('Hello\u0000world'),
      Buffer.from('Hello\u0007world'),
    ];
    for (const content of refused) expect(await checkUpload('notes.txt', content)).toEqual({ ok: false, problem: 'mismatch' });
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(await checkUpload('notes.txt', Buffer.concat([bom, Buffer.from('Diolch – Ŵyl\r\n\tTabs and CRLF.\f')]))).toMatchObject({
      ok: true,
    });
  });

  it('accepts text that merely starts like a binary signature', async () => {
    // file-type would call these a bitmap, an executable and a 3D model.
    for (const text of ['BMI guidance for staff', 'MZ Smith: notes', 'MAC addresses for the new printers'])
      expect(await checkUpload('notes.txt', Buffer.from(text)), text).toMatchObject({ ok: true });
  });

  it('refuses .txt that starts like markup a browser might render', async () => {
    const bom = '\ufeff';
    const starts = [
      '<!doctype html>',
      '  \n<HTML lang="en">',
      `${bom}<svg xmlns="x">`,
      '<?xml version="1.0"?>',
      '<script>alert(1)</script>',
    ];
    for (const start of [...starts, '<!-- comment -->', '<iframe src=x>', '<p>Hello', '%PDF-1.4 plain ascii'])
      expect(await checkUpload('notes.txt', Buffer.from(`${start} and then text`)), start).toEqual({ ok: false, problem: 'mismatch' });
    expect(await checkUpload('notes.txt', Buffer.from('<3 from the Libraries team'))).toMatchObject({ ok: true });
  });
});

describe('contentDisposition', () => {
  it('keeps an ordinary name', () => {
    expect(contentDisposition('Annual leave policy (2026).pdf')).toBe(
      `attachment; filename="Annual leave policy (2026).pdf"; filename*=UTF-8''Annual%20leave%20policy%20%282026%29.pdf`,
    );
  });

  it('gives Welsh names an ASCII fallback and keeps them whole in filename*', () => {
    expect(contentDisposition('Polisi gwyliau blynyddol – Ŵyl.pdf')).toBe(
      `attachment; filename="Polisi gwyliau blynyddol _ Wyl.pdf"; filename*=UTF-8''Polisi%20gwyliau%20blynyddol%20%E2%80%93%20%C5%B4yl.pdf`,
    );
  });

  it('strips any path and replaces characters that would break the header', () => {
    expect(contentDisposition('"quotes"\\and/slashes.pdf')).toBe(`attachment; filename="slashes.pdf"; filename*=UTF-8''slashes.pdf`);
    expect(contentDisposition('"Quoted" name; v2.pdf')).toBe(
      `attachment; filename="_Quoted_ name_ v2.pdf"; filename*=UTF-8''%22Quoted%22%20name%3B%20v2.pdf`,
    );
    expect(contentDisposition('..\\..\\evil.pdf')).toBe(`attachment; filename="evil.pdf"; filename*=UTF-8''evil.pdf`);
    expect(contentDisposition('/etc/passwd')).toBe(`attachment; filename="passwd"; filename*=UTF-8''passwd`);
    expect(contentDisposition('..')).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
  });

  it('drops control characters, so no header can be injected', () => {
    const value = contentDisposition('report\r\nSet-Cookie: a=b\u202Efdp.exe.pdf');
    expect(value).not.toMatch(/[\r\n\u202e]/);
    expect(value).toBe(`attachment; filename="reportSet-Cookie_ a_bfdp.exe.pdf"; filename*=UTF-8''reportSet-Cookie%3A%20a%3Dbfdp.exe.pdf`);
  });

  it('never gives an empty name', () => {
    expect(contentDisposition('')).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
    expect(contentDisposition('.pdf')).toBe(`attachment; filename="download.pdf"; filename*=UTF-8''download.pdf`);
    expect(contentDisposition('ŴŴ.docx')).toBe(`attachment; filename="WW.docx"; filename*=UTF-8''%C5%B4%C5%B4.docx`);
    expect(contentDisposition('中文.docx')).toBe(`attachment; filename="__.docx"; filename*=UTF-8''%E4%B8%AD%E6%96%87.docx`);
  });

  it('shortens long names to 150 characters and keeps the extension', () => {
    const value = contentDisposition(`${'a'.repeat(396)}.pdf`);
    const fallback = /filename="([^"]*)"/.exec(value)?.[1] ?? '';
    expect(fallback).toBe(`${'a'.repeat(146)}.pdf`);
    const welsh = contentDisposition(`${'ŵ'.repeat(396)}.pdf`);
    const full = decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(welsh)?.[1] ?? '');
    expect(full).toBe(`${'ŵ'.repeat(146)}.pdf`);
  });
});
