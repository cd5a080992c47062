import { fileTypeFromBuffer } from 'file-type';

export type DocumentKind = 'pdf' | 'docx' | 'xlsx' | 'odt' | 'png' | 'jpeg' | 'txt';

export interface AcceptedType {
  kind: DocumentKind;
  mimeType: string;
  extensions: readonly string[];
  isImage: boolean;
}

/** The whole list: anything else (SVG, HTML, macros, executables) could run in a colleague's browser or desktop. */
export const acceptedTypes: readonly AcceptedType[] = [
  { kind: 'pdf', mimeType: 'application/pdf', extensions: ['pdf'], isImage: false },
  {
    kind: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    isImage: false,
  },
  { kind: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], isImage: false },
  { kind: 'odt', mimeType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], isImage: false },
  { kind: 'png', mimeType: 'image/png', extensions: ['png'], isImage: true },
  { kind: 'jpeg', mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'], isImage: true },
  { kind: 'txt', mimeType: 'text/plain', extensions: ['txt'], isImage: false },
];

export type UploadCheck = { ok: true; type: AcceptedType } | { ok: false; problem: 'empty' | 'unsupported' | 'mismatch' | 'unreadable' };

/** The part after the last slash or backslash: browsers and old Windows clients may send a whole path. */
function lastSegment(filename: string): string {
  return filename.split(/[/\\]/).at(-1) ?? '';
}

function typeForFilename(filename: string): AcceptedType | undefined {
  const name = lastSegment(filename);
  const dot = name.lastIndexOf('.');
  if (dot === -1) return undefined;
  const extension = name.slice(dot + 1).toLowerCase();
  return acceptedTypes.find((type) => type.extensions.includes(extension));
}

/**
 * Starts of text that a browser's MIME sniffer (WHATWG "mime sniffing", the HTML and XML patterns) would take
 * for markup if the file were ever served without nosniff, so such a "text" file could carry a script; and a
 * PDF, which is sometimes pure ASCII but is no more plain text for that.
 */
const activeStart =
  /^(?:%PDF-|<!--|<\?xml|<!doctype|<(?:html|head|body|script|iframe|svg|h1|div|font|table|a|style|title|b|br|p)(?=[\s>/]|$))/i;

const textSliceBytes = 64 * 1024;

/** Tab, line feed, vertical tab, form feed and carriage return are the only C0 controls plain text uses. */
function hasBinaryBytes(content: Uint8Array): boolean {
  // UTF-8 never uses bytes below 0x80 inside a multi-byte character, so a byte scan is exact.
  return content.some((byte) => byte < 0x20 && (byte < 0x09 || byte > 0x0d));
}

/**
 * Plain text is judged from the bytes, not by file-type: it recognises no text, and its short signatures
 * misfire on ordinary sentences ("BMI guidance" looks like a bitmap, "MZ" an executable, "MAC " a 3D model).
 * Every binary format fails this test anyway, on invalid UTF-8 or on NUL and other control bytes.
 */
function isPlainText(content: Uint8Array): boolean {
  if (hasBinaryBytes(content)) return false;
  // fatal: invalid UTF-8 is refused rather than patched with U+FFFD; the default ignoreBOM: false drops a BOM.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = '';
  try {
    // In slices, so a large file is validated without ever holding all of it as one string.
    for (let offset = 0; offset < content.length; offset += textSliceBytes) {
      const text = decoder.decode(content.subarray(offset, offset + textSliceBytes), { stream: true });
      if (start.length < 1024) start += text;
    }
    decoder.decode();
  } catch {
    return false;
  }
  return !activeStart.test(start.trimStart());
}

/**
 * Accepts an upload only when its name says an accepted type and its bytes are that same type, so a renamed
 * file (an HTML page called .txt, a PNG called .pdf, a spreadsheet called .docx) never reaches the library.
 */
export async function checkUpload(filename: string, content: Uint8Array): Promise<UploadCheck> {
  if (content.length === 0) return { ok: false, problem: 'empty' };
  const type = typeForFilename(filename);
  if (!type) return { ok: false, problem: 'unsupported' };
  if (type.kind === 'txt') return isPlainText(content) ? { ok: true, type } : { ok: false, problem: 'mismatch' };
  let sniffed: Awaited<ReturnType<typeof fileTypeFromBuffer>>;
  try {
    sniffed = await fileTypeFromBuffer(content);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  // Compared by MIME type: file-type calls JPEG `jpg`, and tells DOCX from DOCM, DOTX and XLSX by [Content_Types].xml.
  return sniffed?.mime === type.mimeType ? { ok: true, type } : { ok: false, problem: 'mismatch' };
}

const maxFilenameLength = 150;

/** C0 and C1 controls, and the bidi overrides that can make `exe.pdf` display as `fdp.exe`. */
const controlCharacters = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** Splits a cleaned-up name into stem and extension, with `download` standing in for a missing stem. */
function nameParts(filename: string): { stem: string; extension: string } {
  const name = lastSegment(filename).replace(controlCharacters, '').normalize('NFC').trim();
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  const extension = match ? `.${match[1]}` : '';
  // Leading dots would make a hidden file (or `..`); trailing dots and spaces are dropped by Windows anyway.
  const stem = name
    .slice(0, name.length - extension.length)
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .trim();
  return { stem: stem || 'download', extension };
}

/** Shortens by code points so a Welsh or emoji name is never cut inside a character. */
function limitLength(stem: string, extension: string): string {
  const room = maxFilenameLength - extension.length;
  const characters = Array.from(stem);
  return (characters.length > room ? characters.slice(0, room).join('').trimEnd() : stem) + extension;
}

function asciiFallback(stem: string): string {
  // Ŵ becomes W rather than _, so the old-client name stays readable.
  const plain = stem.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return plain.replace(/[^A-Za-z0-9 ._()-]/g, '_').replace(/^\.+/, '') || 'download';
}

/** RFC 5987 attr-chars are a subset of what encodeURIComponent leaves alone: ' ( ) * must be escaped too. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A Content-Disposition value that makes the browser download the file under (a safe form of) its own name. */
export function contentDisposition(filename: string): string {
  const { stem, extension } = nameParts(filename);
  const fallback = limitLength(asciiFallback(stem), extension);
  const full = limitLength(stem, extension);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(full)}`;
}
