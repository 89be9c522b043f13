/** Real images for photo tests, made with sharp (the library the bot re-encodes with). */
import sharp from 'sharp';

/** A JPEG of `width`×`height` with a GPS position (7°48'S, 110°22'E) and a camera name in its EXIF. */
export function jpegWithGps(width = 3000, height = 2000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#3a7d44' } })
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Serial-123456' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '7/1 48/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '110/1 22/1 0/1' },
    })
    .toBuffer();
}

/** A small PNG with transparency. */
export function png(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 200, g: 50, b: 50, alpha: 0.5 } } }).png().toBuffer();
}

/** A WebP. */
export function webp(width = 500, height = 2400): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#123456' } }).webp().toBuffer();
}

/** A GIF: a real image, but not a type the bot accepts. */
export function gif(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 40, channels: 3, background: '#ffffff' } }).gif().toBuffer();
}

/** Text posing as a photo (e.g. named "foto.jpg"). */
export const NOT_AN_IMAGE = Buffer.from('Ini bukan foto, hanya teks yang diberi nama foto.jpg\n'.repeat(20));

/** A PDF's opening bytes. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
