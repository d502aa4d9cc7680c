import { HirehoundError } from '../../common/errors';

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

/** Width and height from a PNG's IHDR chunk or a JPEG's start-of-frame marker, without decoding pixels. */
export function readImageSize(bytes: Buffer, format: 'png' | 'jpeg'): ImageSize {
  if (format === 'png') {
    if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') throw damaged();
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  let p = 2;
  while (p + 9 < bytes.length) {
    if (bytes[p] !== 0xff) throw damaged();
    const marker = bytes[p + 1]!;
    if (marker === 0xff) {
      p++;
      continue;
    }
    const length = bytes.readUInt16BE(p + 2);
    // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(p + 5), width: bytes.readUInt16BE(p + 7) };
    }
    p += 2 + length;
  }
  throw damaged();
}

const damaged = (): HirehoundError =>
  new HirehoundError('RESUME_CORRUPT', { message: 'The image is damaged (no readable size)' });

/**
 * Refuses images whose decoded pixels (4 bytes each, as Leptonica holds colour images) would pass
 * the decompression limit: a few-KB PNG can declare 100,000 x 100,000 pixels.
 */
export function checkImageExpansion(size: ImageSize, maxDecompressedBytes: number): void {
  if (size.width === 0 || size.height === 0) throw damaged();
  if (size.width * size.height * 4 > maxDecompressedBytes) {
    throw new HirehoundError('RESUME_DECOMPRESSED_TOO_LARGE', {
      message: `The image is ${size.width} x ${size.height} pixels, more than allowed`,
      details: { ...size, maxDecompressedBytes },
    });
  }
}
