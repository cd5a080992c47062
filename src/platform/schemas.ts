import Type from 'typebox';

/** A form field that may be absent, of at most `maxLength` characters: forms check the meaning, this only the shape. */
export const optionalText = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

/** A field whose length the form itself checks and explains, keeping what was typed: bounded only far beyond what anyone types. */
export const checkedText = optionalText(100_000);

/** A query-string value that a hand-edited address may repeat: the page reads the first (firstOf) rather than refuse the request. */
export const queryValue = Type.Optional(Type.Union([Type.String(), Type.Array(Type.String())]));
export const firstOf = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** `?deleted=1`, which a delete redirects with (a `queryValue`): the page it lands on says so (partials/deleted-notice.njk). */
export const justDeleted = (query: { deleted?: string | string[] }): boolean => firstOf(query.deleted) === '1';

/** Every state-changing form carries one; security.ts checks it before any route sees the body. */
export const csrfField = Type.String({ maxLength: 200 });

export const uuidParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
