import zlib from 'node:zlib';
import { HirehoundError } from '../../common/errors';

/**
 * A PDF's compressed streams, inflated with one cap on their total before poppler sees the file.
 * A flate bomb is a few kilobytes of stream that decode to gigabytes; pdftotext would decode it
 * for the whole read deadline. Here every stream that starts with a zlib header (FlateDecode, the
 * filter almost every producer uses) is inflated into a bounded buffer and only its size is kept,
 * so a bomb is refused in milliseconds. Streams under other filters or encrypted ones are left to
 * the tools' CPU and memory limits (run-tool.ts).
 */

const STREAM = Buffer.from('stream', 'latin1');
const END_STREAM = Buffer.from('endstream', 'latin1');

const isBlank = (byte: number | undefined): boolean =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;

/** A zlib header: deflate (CM 8) with a window up to 32 KB, and the check bits right. */
function isZlibHeader(bytes: Buffer, at: number): boolean {
  const cmf = bytes[at];
  const flg = bytes[at + 1];
  return cmf !== undefined && flg !== undefined && (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && (cmf * 256 + flg) % 31 === 0;
}

/** Where a stream's data starts: after `stream` and its end of line (CRLF or LF; a lone CR is tolerated). */
function dataStart(bytes: Buffer, keyword: number): number {
  let at = keyword + STREAM.length;
  if (bytes[at] === 0x0d) at++;
  if (bytes[at] === 0x0a) at++;
  return at;
}

export interface PdfStreamSummary {
  /** Flate streams found and inflated. */
  readonly flateStreams: number;
  /** Their decoded size, in bytes. */
  readonly decodedBytes: number;
}

/**
 * Inflates the PDF's Flate streams with a total cap; throws RESUME_DECOMPRESSED_TOO_LARGE (413)
 * when they decode past `maxDecodedBytes`. Damaged streams are skipped (poppler judges those).
 */
export function checkPdfExpansion(bytes: Buffer, maxDecodedBytes: number): PdfStreamSummary {
  let decoded = 0;
  let streams = 0;
  let from = 0;
  for (;;) {
    const keyword = bytes.indexOf(STREAM, from);
    if (keyword < 0) break;
    from = keyword + STREAM.length;
    // The keyword follows its dictionary (`>>`, maybe a blank) and ends its line; `endstream` and a
    // word in a string ("mainstream") do neither.
    const before = bytes[keyword - 1];
    const after = bytes[keyword + STREAM.length];
    if (!(before === 0x3e || isBlank(before)) || !(after === 0x0d || after === 0x0a)) continue;
    const start = dataStart(bytes, keyword);
    const end = bytes.indexOf(END_STREAM, start);
    if (end < 0) break;
    from = end + END_STREAM.length;
    if (!isZlibHeader(bytes, start)) continue;
    streams++;
    try {
      // inflateSync stops at the end of the zlib stream; the bytes up to `endstream` are an upper bound.
      decoded += zlib.inflateSync(bytes.subarray(start, end), {
        maxOutputLength: Math.max(1, maxDecodedBytes - decoded + 1),
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      }).length;
    } catch (err) {
      if ((err as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') continue;
      decoded = maxDecodedBytes + 1;
    }
    if (decoded > maxDecodedBytes) {
      throw new HirehoundError('RESUME_DECOMPRESSED_TOO_LARGE', {
        message: `The PDF's compressed streams expand beyond ${maxDecodedBytes} bytes`,
        details: { maxDecompressedBytes: maxDecodedBytes, flateStreams: streams },
      });
    }
  }
  return { flateStreams: streams, decodedBytes: decoded };
}
