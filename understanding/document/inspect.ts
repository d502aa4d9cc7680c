import { z } from 'zod';
import { HirehoundError } from '../../common/errors';
import {
  claimsUnsupportedType,
  declaredFormat,
  isTextual,
  sniffType,
  type DocumentFormat,
  type SniffedType,
} from './file-type';
import type { ReadLimits } from './limits';
import { decodeText } from './plain-text';

/**
 * What can be said about an upload before reading it, cheaply enough for the API to say it before
 * anything is stored or queued: not empty, not too large, a format the reader takes (the bytes
 * decide, the claim can only refuse), and for plain text and Markdown, which are read in-process,
 * a length and line structure within bounds. The reader runs the same inspection first.
 */

/** An upload as it arrives: bytes plus what the client claims about them. */
export const DocumentInput = z.object({
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes must be a Uint8Array'),
  fileName: z.string().max(255).optional(),
  mediaType: z.string().max(255).optional(),
});
export type DocumentInput = z.infer<typeof DocumentInput>;

const UNSUPPORTED_MESSAGES: Partial<Record<SniffedType, string>> = {
  'legacy-office': 'Old binary Word documents (.doc) are not supported: save the resume as DOCX or PDF',
  opendocument: 'OpenDocument files are not supported: save the resume as DOCX or PDF',
  image: 'Only PNG and JPEG images are supported',
  svg: 'SVG images are not supported: upload the resume as PDF, DOCX or text',
  zip: 'ZIP archives are not supported: upload the resume itself',
  binary: 'The file is not a document',
};

/**
 * Settles the format: the bytes decide, the claim can only refuse. A file that claims to be a PDF,
 * DOCX or image but is not gets RESUME_TYPE_MISMATCH; the text family (plain, Markdown, HTML) is
 * refined by content.
 */
function resolveFormat(sniffed: SniffedType, input: DocumentInput): DocumentFormat {
  const claimed = declaredFormat(input.fileName, input.mediaType);
  if (sniffed === 'encrypted-office') throw new HirehoundError('RESUME_ENCRYPTED');
  if (claimsUnsupportedType(input.fileName, input.mediaType))
    throw new HirehoundError('RESUME_UNSUPPORTED_TYPE', {
      message: UNSUPPORTED_MESSAGES.svg,
      details: { detected: sniffed },
    });
  const supported = ['pdf', 'docx', 'html', 'markdown', 'text', 'png', 'jpeg'].includes(sniffed);
  if (!supported) {
    if (claimed === 'docx' && sniffed === 'zip') {
      throw new HirehoundError('RESUME_CORRUPT', { message: 'The DOCX file has no document part' });
    }
    if (claimed && !isTextual(claimed) && sniffed === 'binary') {
      throw new HirehoundError('RESUME_TYPE_MISMATCH', {
        message: `The file is named or labelled as ${claimed.toUpperCase()} but its content is not`,
        details: { claimed },
      });
    }
    throw new HirehoundError('RESUME_UNSUPPORTED_TYPE', {
      ...(UNSUPPORTED_MESSAGES[sniffed] ? { message: UNSUPPORTED_MESSAGES[sniffed] } : {}),
      details: { detected: sniffed },
    });
  }
  const format = sniffed as DocumentFormat;
  if (!claimed || claimed === format) return format;
  // Within the text family the claim decides, except that markup is markup: a .txt holding HTML
  // is read as HTML (its tags are not text), a .txt with bullet lists stays plain text.
  if (isTextual(claimed) && isTextual(format)) return format === 'html' ? 'html' : claimed;
  throw new HirehoundError('RESUME_TYPE_MISMATCH', {
    message: `The file is named or labelled as ${claimed.toUpperCase()} but its content is ${format.toUpperCase()}`,
    details: { claimed, detected: format },
  });
}

/** Longer than any paragraph of a resume: a line past it is data, or an attack on a parser. */
export const MAX_LINE_CHARS = 20_000;

/** Refuses text past the document's character budget (413: the same verdict as a file too large). */
export function checkTextSize(text: string, limits: Pick<ReadLimits, 'maxTextChars'>): void {
  if (text.length > limits.maxTextChars) {
    throw new HirehoundError('RESUME_TOO_LARGE', {
      message: `The document holds more than ${limits.maxTextChars} characters of text`,
      details: { maxTextChars: limits.maxTextChars },
    });
  }
}

function checkLineLengths(text: string): void {
  let longest = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 0x0a || c === 0x0d) {
      longest = Math.max(longest, i - lineStart);
      lineStart = i + 1;
    }
  }
  if (longest > MAX_LINE_CHARS) {
    throw new HirehoundError('RESUME_TOO_COMPLEX', {
      message: `A line of the document is ${longest} characters long; at most ${MAX_LINE_CHARS} are read`,
      details: { longestLine: longest, maxLineChars: MAX_LINE_CHARS },
    });
  }
}

export interface InspectedDocument {
  readonly bytes: Buffer;
  readonly format: DocumentFormat;
}

/** The upload's format, or the typed refusal a reader would end with, from cheap checks only. */
export function inspectDocument(
  input: DocumentInput,
  limits: Pick<ReadLimits, 'maxBytes' | 'maxTextChars'>,
): InspectedDocument {
  const { bytes: raw } = DocumentInput.parse(input);
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (bytes.length === 0) throw new HirehoundError('RESUME_EMPTY');
  if (bytes.length > limits.maxBytes) {
    throw new HirehoundError('RESUME_TOO_LARGE', {
      message: `The file is ${bytes.length} bytes; at most ${limits.maxBytes} are accepted`,
      details: { sizeBytes: bytes.length, maxBytes: limits.maxBytes },
    });
  }
  const format = resolveFormat(sniffType(bytes), input);
  if (format === 'text' || format === 'markdown') {
    // Decoding is linear and cheap; the parsers after it are what a crafted text would aim at.
    const text = decodeText(bytes);
    checkTextSize(text, limits);
    checkLineLengths(text);
  }
  return { bytes, format };
}
