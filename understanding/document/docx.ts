import mammoth from 'mammoth';
import { HirehoundError } from '../../common/errors';
import type { ReadLimits } from './limits';
import { checkZipExpansion, inflateEntry, listZipEntries, xmlNestingDepth } from './zip-archive';

/** Word nests body, tables, rows, cells and paragraphs a few dozen deep; hundreds is a crafted file. */
const MAX_XML_DEPTH = 500;

/**
 * Text of a DOCX through mammoth, after the archive has been checked: a well-formed ZIP, a
 * word/document.xml part, and a total expansion within the limit (mammoth would inflate blindly).
 */
export async function readDocx(bytes: Buffer, limits: ReadLimits): Promise<{ text: string; warnings: string[] }> {
  const entries = listZipEntries(bytes);
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new HirehoundError('RESUME_CORRUPT', { message: 'The DOCX file has no document part' });
  }
  checkZipExpansion(bytes, entries, limits.maxDecompressedBytes);
  const part = entries.find((e) => e.name === 'word/document.xml')!;
  const depth = xmlNestingDepth(
    inflateEntry(bytes, part, limits.maxDecompressedBytes, () => new HirehoundError('RESUME_DECOMPRESSED_TOO_LARGE')),
  );
  if (depth > MAX_XML_DEPTH) {
    throw new HirehoundError('RESUME_TOO_COMPLEX', {
      message: `The DOCX document nests ${depth} elements deep; at most ${MAX_XML_DEPTH} are read`,
      details: { depth, maxDepth: MAX_XML_DEPTH },
    });
  }
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return {
      text: result.value,
      warnings: result.messages.filter((m) => m.type === 'error').map((m) => `docx: ${m.message}`),
    };
  } catch (err) {
    throw new HirehoundError('RESUME_CORRUPT', {
      message: 'The DOCX file is damaged and cannot be read',
      cause: err,
      details: { reason: err instanceof Error ? err.message.slice(0, 200) : String(err) },
    });
  }
}
