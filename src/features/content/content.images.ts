import { randomUUID } from 'node:crypto';
import type { FileStore } from '../../platform/files.ts';
import type { FieldError } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n.ts';
import { NotAnImageError, reencodeImage } from '../../platform/images.ts';

/**
 * A news item's picture: PNG or JPEG only, re-encoded (so nothing but pixels
 * survives: no metadata, no polyglot payload) to at most 1200 × 900, and
 * always with alt text.
 */
export function createContentImages(files: FileStore) {
  return {
    /** What is wrong with the picture and its description, if anything. `kept` is the key of a picture the item already has. */
    problems(image: Buffer | null, alt: string | null, kept: string | null, t: Translate): FieldError[] {
      if ((image || kept) && !alt) return [{ field: 'imageAlt', text: t('content.errors.imageAltMissing') }];
      return [];
    },

    /** Keeps the picture and answers its key, or the error to show when it is not a picture at all. */
    async store(orgId: string, image: Buffer, t: Translate): Promise<{ key: string } | { error: FieldError }> {
      let jpeg: Buffer;
      try {
        jpeg = await reencodeImage(image, { width: 1200, height: 900, fit: 'inside' });
      } catch (error) {
        if (error instanceof NotAnImageError) return { error: { field: 'image', text: t('content.errors.imageInvalid') } };
        throw error;
      }
      const key = `${orgId}/images/${randomUUID()}.jpg`;
      await files.put(key, jpeg);
      return { key };
    },

    read: (key: string) => files.get(key),
  };
}

export type ContentImages = ReturnType<typeof createContentImages>;
