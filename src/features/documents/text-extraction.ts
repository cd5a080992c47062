import type { DocumentKind } from './file-types.ts';

/** Enough for any real policy document; a search index has no use for a novel's worth of one file. */
const maxTextLength = 1_000_000;
/** How much raw text is looked at to make that: room for the whitespace that tidying removes. */
const maxInputLength = 4 * maxTextLength;

/**
 * The XML inside a DOCX that mammoth would read, by the sizes the zip declares. A few megabytes of zip can
 * declare gigabytes (a zip bomb), which would exhaust the small heap this service runs in.
 */
const maxDocxXmlBytes = 20 * 1024 * 1024;

/** Text for the search index: every page or paragraph run together with single spaces; '' for images and spreadsheets. */
export async function extractText(kind: DocumentKind, content: Uint8Array): Promise<string> {
  return tidy(await rawText(kind, content));
}

async function rawText(kind: DocumentKind, content: Uint8Array): Promise<string> {
  switch (kind) {
    case 'pdf':
      return pdfText(content);
    case 'docx':
      return docxText(content);
    case 'txt':
      // Not fatal: a .txt was checked on upload, and a stray bad byte should not lose the rest of the text.
      return new TextDecoder('utf-8').decode(content.subarray(0, maxInputLength));
    default:
      return '';
  }
}

/** Loaded on first use: pdf.js is several megabytes that most processes never need. */
async function pdfText(content: Uint8Array): Promise<string> {
  const { extractText: extractPdfText, getDocumentProxy } = await import('unpdf');
  // pdf.js may transfer (detach) the buffer it is given, so it gets a copy and the caller keeps the original.
  const pdf = await asError(getDocumentProxy(new Uint8Array(content), { verbosity: 0 }));
  try {
    const { text } = await asError(extractPdfText(pdf, { mergePages: true }));
    return text;
  } finally {
    await pdf.loadingTask.destroy();
  }
}

async function docxText(content: Uint8Array): Promise<string> {
  const declared = declaredXmlSize(content);
  if (declared !== undefined && declared > maxDocxXmlBytes) throw new Error(`DOCX declares ${declared} bytes of XML, too much to index`);
  const { default: mammoth } = await import('mammoth');
  const result = await asError(mammoth.extractRawText({ buffer: Buffer.from(content) }));
  return result.value;
}

/** pdf.js and mammoth sometimes reject with strings or plain objects; the caller records an Error. */
async function asError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw error instanceof Error ? error : new Error(`text extraction failed: ${String(error)}`);
  }
}

/**
 * Sums the uncompressed sizes of the .xml and .rels entries listed in a zip's central directory. Undefined when
 * there is no readable directory: mammoth will then reject the file itself. Zip64 sizes count as too big.
 */
function declaredXmlSize(zip: Uint8Array): number | undefined {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end === undefined) return undefined;
  let offset = view.getUint32(end + 16, true);
  const entries = view.getUint16(end + 10, true);
  let total = 0;
  for (let entry = 0; entry < entries; entry++) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== 0x02014b50) return undefined;
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + nameLength));
    if (/\.(?:xml|rels)$/i.test(name)) total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}

/** The end record sits in the last 22 bytes, or up to 64 KB earlier when the zip has a comment. */
function findEndOfCentralDirectory(view: DataView): number | undefined {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= earliest; offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) return offset;
  }
  return undefined;
}

/**
 * One line of text with single spaces. Control characters go (PostgreSQL text cannot hold NUL, and pdf.js
 * emits some), and lone surrogates are repaired so the text always encodes as UTF-8.
 */
function tidy(text: string): string {
  // Trimmed first so a huge text file costs a bounded amount of work; collapsing whitespace only shortens it.
  const collapsed = text
    .slice(0, maxInputLength)
    .toWellFormed()
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
  if (collapsed.length <= maxTextLength) return collapsed;
  // Never end on half a surrogate pair.
  return collapsed
    .slice(0, maxTextLength)
    .replace(/[\ud800-\udbff]$/, '')
    .trimEnd();
}
