import mammoth from 'mammoth';
import { HirehoundError } from '../../common/errors';
import type { ReadLimits } from './limits';
import { checkZipExpansion, listZipEntries } from './zip-archive';

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
