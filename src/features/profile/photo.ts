import { reencodeImage } from '../../platform/images.ts';

export const photoSize = 400;
export { NotAnImageError as NotAPhotoError } from '../../platform/images.ts';

/** Turns an upload into a square JPEG of at most 400 pixels a side, with no metadata. */
export function preparePhoto(upload: Buffer): Promise<Buffer> {
  return reencodeImage(upload, { width: photoSize, height: photoSize, fit: 'cover' });
}
