import zlib from 'node:zlib';
import { HirehoundError } from '../../common/errors';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly dataOffset: number;
}

/*
 * The ZIP reader for untrusted uploads (DOCX). scripts/models.cjs has its own small one on purpose:
 * it unpacks the embedding model's jar, checksum-verified, from the bootstrap before `npm ci` and
 * outside the TypeScript build, so it cannot import this module; and this module's limits (bounds,
 * entry count, ZIP64, encryption, inflation cap) and typed errors are for input from strangers.
 */

const MAX_ENTRIES = 5000;

const corrupt = (why: string): HirehoundError =>
  new HirehoundError('RESUME_CORRUPT', { message: `The DOCX file is damaged (${why})` });

/** The entries of a ZIP archive from its central directory; throws RESUME_CORRUPT on any inconsistency. */
export function listZipEntries(bytes: Buffer): ZipEntry[] {
  const searchFrom = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= searchFrom; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end of central directory');
  const count = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw corrupt('ZIP64 archives are not accepted');
  if (count > MAX_ENTRIES) throw corrupt(`more than ${MAX_ENTRIES} entries`);
  if (cdOffset + cdSize > eocd) throw corrupt('central directory out of bounds');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) throw corrupt('bad central directory entry');
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    const compressedSize = bytes.readUInt32LE(p + 20);
    const declaredSize = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const localOffset = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    if (flags & 0x1) throw new HirehoundError('RESUME_ENCRYPTED', { message: 'The DOCX file is password-protected' });
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== 0x04034b50)
      throw corrupt(`bad local header for ${name}`);
    const dataOffset = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    if (dataOffset + compressedSize > bytes.length) throw corrupt(`${name} is truncated`);
    entries.push({ name, method, compressedSize, declaredSize, dataOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates every entry with a hard cap on the total output, whatever sizes the archive declares:
 * a zip bomb (or an entry that lies about its size) stops at the cap with RESUME_DECOMPRESSED_TOO_LARGE
 * instead of filling memory. Runs before the archive reaches mammoth, which would inflate blindly.
 */
export function checkZipExpansion(bytes: Buffer, entries: readonly ZipEntry[], maxTotalBytes: number): number {
  let total = 0;
  const tooLarge = (): HirehoundError =>
    new HirehoundError('RESUME_DECOMPRESSED_TOO_LARGE', {
      message: `The DOCX file expands beyond ${maxTotalBytes} bytes`,
      details: { maxDecompressedBytes: maxTotalBytes },
    });
  for (const entry of entries) {
    if (total + entry.declaredSize > maxTotalBytes) throw tooLarge();
    // Office parts compress 3–20 times; a part that claims to expand hundreds of times is a bomb,
    // refused from its header before a byte of it is inflated.
    if (entry.declaredSize > MIN_RATIO_CHECKED_BYTES && entry.declaredSize > entry.compressedSize * MAX_RATIO)
      throw tooLarge();
    total += inflateEntry(bytes, entry, maxTotalBytes - total, tooLarge).length;
    if (total > maxTotalBytes) throw tooLarge();
  }
  return total;
}

/** Parts smaller than this may compress as they like (a blank page of XML compresses 100:1). */
const MIN_RATIO_CHECKED_BYTES = 1024 * 1024;
const MAX_RATIO = 100;

/** One entry's bytes, inflated into at most `maxBytes` (`tooLarge` past it). */
export function inflateEntry(bytes: Buffer, entry: ZipEntry, maxBytes: number, tooLarge: () => HirehoundError): Buffer {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw corrupt(`${entry.name} uses compression method ${entry.method}`);
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw corrupt(`${entry.name} does not inflate`);
  }
}

/**
 * The deepest element nesting of an XML document, from its tags alone (linear, no tree): mammoth
 * builds a tree and walks it recursively, so a few megabytes of nested elements would overflow the
 * stack deep inside it.
 */
export function xmlNestingDepth(xml: Buffer): number {
  let depth = 0;
  let deepest = 0;
  for (let at = xml.indexOf(0x3c); at >= 0; at = xml.indexOf(0x3c, at + 1)) {
    const next = xml[at + 1];
    if (next === 0x2f)
      depth--; // </
    else if (next !== 0x3f && next !== 0x21) {
      // Not <? or <!: an opening tag, unless it closes itself (`/>`).
      const close = xml.indexOf(0x3e, at);
      if (close < 0) break;
      if (xml[close - 1] !== 0x2f) deepest = Math.max(deepest, ++depth);
      at = close;
    }
  }
  return deepest;
}
