/**
 * A cell of a CSV download, made safe to open in a spreadsheet. Its text is
 * whatever staff typed (a search, a name in the audit ledger): a spreadsheet
 * must never run it as a formula, so a cell that could start one is prefixed
 * with a quote.
 */
export function safeCell(value: string | number): string {
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
