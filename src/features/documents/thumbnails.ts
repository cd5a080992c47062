export const thumbnailSize = 320;

/** About a 7,000 × 7,000 photo: bigger is refused before decoding, so a small file cannot unpack to gigabytes. */
const maxInputPixels = 50_000_000;

function isPng(content: Uint8Array): boolean {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return signature.every((byte, index) => content[index] === byte);
}

function isJpeg(content: Uint8Array): boolean {
  return content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff;
}

/**
 * A JPEG preview of a PNG or JPEG upload: at most 320 px each way, never enlarged, turned the way the camera
 * meant, with no metadata at all (sharp writes none unless asked), so no GPS position leaks from a photo.
 */
export async function makeThumbnail(content: Uint8Array): Promise<Buffer> {
  // sharp would read SVG, TIFF, HEIF and more; only the two image kinds the library accepts get this far.
  if (!isPng(content) && !isJpeg(content)) throw new Error('thumbnails are made only from PNG and JPEG images');
  // Loaded on first use: sharp and libvips take about 10 MB that most processes never need.
  const sharp = (await import('sharp')).default;
  return sharp(content, { limitInputPixels: maxInputPixels, autoOrient: true })
    .resize(thumbnailSize, thumbnailSize, { fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer();
}
