/** The shape the GOV.UK error summary and field error messages both read. */
export interface FieldError {
  field: string;
  text: string;
}

export interface FormErrorView {
  /** For govukErrorSummary: each links to its field. */
  errors: { text: string; href: string }[];
  /** For each field's errorMessage. */
  fieldErrors: Record<string, { text: string }>;
}

export function errorView(errors: FieldError[]): FormErrorView {
  return {
    errors: errors.map((error) => ({ text: error.text, href: `#${error.field}` })),
    fieldErrors: Object.fromEntries(errors.map((error) => [error.field, { text: error.text }])),
  };
}

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function looksLikeEmail(value: string): boolean {
  return value.length <= 254 && emailShape.test(value);
}
