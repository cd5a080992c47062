/**
 * Phone numbers as people write them: digits with spaces, brackets, dots and
 * hyphens, a + before a country code, and an extension ("ext 4021", "x4021",
 * in Welsh "estyniad 4021"). A council's own extension alone ("4021") counts.
 */
const phoneParts = /^(?<number>\+?[\d\s().-]*\d[\d\s().-]*?)(?:\s*(?:ext\.?|extension|est\.?|estyniad|x)\s*(?<extension>\d{1,6}))?$/i;

/** Fewer is no number; more than the world's longest (E.164 allows 15 digits). */
const digitLimits = { least: 3, most: 15 };
/** Longer is no number, however written: checked first, so that the pattern never reads a page of text. */
const longest = 60;

function partsOf(value: string): { number: string; extension: string | null } | null {
  if (value.length > longest) return null;
  const parts = phoneParts.exec(value.trim())?.groups;
  if (!parts?.number) return null;
  const digits = parts.number.replace(/\D/g, '').length;
  if (digits < digitLimits.least || digits > digitLimits.most) return null;
  return { number: parts.number, extension: parts.extension ?? null };
}

export function looksLikePhone(value: string): boolean {
  return partsOf(value) !== null;
}

/**
 * The address that dials a number (RFC 3966), or null for text that is no
 * number (one saved before numbers were checked): "+44 (0)1632 960 001 ext 12"
 * dials tel:+441632960001;ext=12, leaving out the 0 that is not dialled from abroad.
 */
export function telHref(value: unknown): string | null {
  const parts = typeof value === 'string' ? partsOf(value) : null;
  if (!parts) return null;
  const international = parts.number.startsWith('+');
  const dialled = (international ? parts.number.replace('(0)', '') : parts.number).replace(/[^\d+]/g, '');
  return `tel:${dialled}${parts.extension ? `;ext=${parts.extension}` : ''}`;
}
