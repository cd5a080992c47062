import Type from 'typebox';

/** A form field that may be absent, of at most `maxLength` characters: forms check the meaning, this only the shape. */
export const optionalText = (maxLength: number) => Type.Optional(Type.String({ maxLength }));

/** Every state-changing form carries one; security.ts checks it before any route sees the body. */
export const csrfField = Type.String({ maxLength: 200 });

export const uuidParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
