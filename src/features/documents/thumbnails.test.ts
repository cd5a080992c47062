import { readFile } from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeThumbnail } from './thumbnails.ts';

const fixtures = new URL('../../testing/fixtures/', import.meta.url);
const fixture = (name: string) => readFile(new URL(name, fixtures));

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid PNG header claiming an enormous image, with almost no pixel data: a decompression bomb's shape. */
function hugePngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(1024))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('makeThumbnail', () => {
  it('shrinks the PNG fixture to a 320 px JPEG', async () => {
    const thumbnail = await makeThumbnail(await fixture('sample.png'));
    const metadata = await sharp(thumbnail).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 320, height: 180 });
    expect(metadata.exif).toBeUndefined();
  });

  it('turns the JPEG fixture upright and strips its EXIF', async () => {
    const original = await fixture('sample.jpg');
    const before = await sharp(original).metadata();
    // Stored 480 × 360 and marked "rotate 90°", with a camera make and a copyright line to leak.
    expect(before).toMatchObject({ width: 480, height: 360, orientation: 6 });
    expect(before.exif).toBeDefined();
    const after = await sharp(await makeThumbnail(original)).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 240, height: 320 });
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.xmp).toBeUndefined();
  });

  it('never enlarges a small image', async () => {
    const small = await sharp({ create: { width: 100, height: 40, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    expect(await sharp(await makeThumbnail(small)).metadata()).toMatchObject({ width: 100, height: 40 });
  });

  it('puts transparent areas on white, as JPEG has no transparency', async () => {
    const clear = await sharp({ create: { width: 10, height: 10, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const { data } = await sharp(await makeThumbnail(clear))
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(data[0]).toBeGreaterThan(250);
  });

  it('refuses an image whose header claims more than 50 megapixels', async () => {
    await expect(makeThumbnail(hugePngHeader(8_000, 8_000))).rejects.toThrow(/pixel limit/i);
  });

  it('refuses anything but PNG and JPEG', async () => {
    await expect(makeThumbnail(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).rejects.toThrow(/only from PNG and JPEG/);
    await expect(makeThumbnail(await fixture('sample.pdf'))).rejects.toThrow(/only from PNG and JPEG/);
  });
});
