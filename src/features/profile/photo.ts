
export const photoSize = 400;
const acceptedFormats = new Set(['jpeg', 'png', 'webp', 'gif', 'heif', 'tiff']);

export class NotAPhotoError extends Error {}

/** sharp and libvips take about 10 MB; only a process that handles an image loads them. */
const loadSharp = async () => (await import('sharp')).default;

/**
 * Turns an upload into a square JPEG of at most 400 pixels a side, turned the
 * way the camera meant, with every piece of metadata (EXIF, GPS, ICC, XMP)
 * left behind: sharp writes none unless asked to.
 */
export async function preparePhoto(upload: Buffer): Promise<Buffer> {
  const sharp = await loadSharp();
  let format: string | undefined;
  try {
    format = (await sharp(upload, { limitInputPixels: 50_000_000 }).metadata()).format;
  } catch {
    throw new NotAPhotoError('not an image');
  }
  if (!format || !acceptedFormats.has(format)) throw new NotAPhotoError(`not an accepted image: ${format}`);
  return sharp(upload, { limitInputPixels: 50_000_000 })
    .rotate()
    .resize(photoSize, photoSize, { fit: 'cover', withoutEnlargement: true })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}
