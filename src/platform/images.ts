/** What images Guildhall takes in: anything else is refused before it is decoded further. */
const acceptedFormats = new Set(['jpeg', 'png', 'webp', 'gif', 'heif', 'tiff']);
/** Refuses a decompression bomb: a small file that claims enormous dimensions. */
const limitInputPixels = 50_000_000;

export class NotAnImageError extends Error {}

/** sharp and libvips take about 10 MB; only a process that handles an image loads them. */
const loadSharp = async () => (await import('sharp')).default;

/**
 * Re-encodes an upload as a JPEG within the given box, turned the way the
 * camera meant, with every piece of metadata (EXIF, GPS, ICC, XMP) left
 * behind: sharp writes none unless asked to.
 */
export async function reencodeImage(
  upload: Uint8Array,
  box: { width: number; height: number; fit: 'cover' | 'inside'; quality?: number },
): Promise<Buffer> {
  const sharp = await loadSharp();
  let format: string | undefined;
  try {
    format = (await sharp(upload, { limitInputPixels }).metadata()).format;
  } catch {
    throw new NotAnImageError('not an image');
  }
  if (!format || !acceptedFormats.has(format)) throw new NotAnImageError(`not an accepted image: ${format}`);
  return sharp(upload, { limitInputPixels })
    .rotate()
    .resize(box.width, box.height, { fit: box.fit, withoutEnlargement: true })
    .jpeg({ quality: box.quality ?? 82, mozjpeg: true })
    .toBuffer();
}
