/**
 * What a file really is, decided from its bytes; the name and media type a client sends are only
 * a claim (see declaredFormat). Formats the reader handles, and the few it recognises in order to
 * refuse them with a precise message.
 */
export type DocumentFormat = 'pdf' | 'docx' | 'html' | 'markdown' | 'text' | 'png' | 'jpeg';
export type KnownUnsupported =
  'legacy-office' | 'encrypted-office' | 'zip' | 'opendocument' | 'image' | 'svg' | 'binary';
export type SniffedType = DocumentFormat | KnownUnsupported;

const startsWith = (bytes: Uint8Array, ...magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);

function containsAscii(bytes: Uint8Array, needle: string, limit = bytes.length): boolean {
  const n = Buffer.from(needle, 'latin1');
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(limit, bytes.length)).includes(n);
}

/** Share of bytes in the head that no text file contains (NUL and C0 controls other than whitespace). */
function binaryShare(bytes: Uint8Array): number {
  const head = bytes.subarray(0, 8192);
  if (head.length === 0) return 0;
  let odd = 0;
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) odd++;
  return odd / head.length;
}

/** An SVG image: text, but markup for pictures (and scripts), never a resume's words. */
const SVG_START = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype\s+svg|<svg[\s>])/i;
const HTML_START = /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i;
const HTML_ANYWHERE = /<(html|body|div|p|h[1-6]|table|ul|li|span|br)\b[^>]*>/i;
const MARKDOWN = /(^|\n)(#{1,6} \S|[-*+] \S|\d+\. \S|> \S)|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*/;

export function sniffType(bytes: Uint8Array): SniffedType {
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf'; // %PDF-
  // Some producers put junk before the header; readers accept it within the first KB.
  if (containsAscii(bytes, '%PDF-', 1024) && binaryShare(bytes) > 0) return 'pdf';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) {
    if (containsAscii(bytes, 'word/document.xml')) return 'docx';
    if (containsAscii(bytes, 'application/vnd.oasis.opendocument', 200)) return 'opendocument';
    return 'zip';
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    // Password-protected DOCX/XLSX are OLE containers holding an "EncryptedPackage" stream (UTF-16 name).
    return containsAscii(bytes, 'E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e')
      ? 'encrypted-office'
      : 'legacy-office';
  }
  if (
    startsWith(bytes, 0x47, 0x49, 0x46, 0x38) || // GIF8
    startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || // TIFF little-endian
    startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a) || // TIFF big-endian
    startsWith(bytes, 0x42, 0x4d) || // BMP
    (startsWith(bytes, 0x52, 0x49, 0x46, 0x46) && containsAscii(bytes.subarray(8, 12), 'WEBP'))
  )
    return 'image';
  const utf16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff);
  if (!utf16 && binaryShare(bytes) > 0.01) return 'binary';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 16384)).toString(
    utf16 ? 'utf16le' : 'utf8',
  );
  if (SVG_START.test(head)) return 'svg';
  if (HTML_START.test(head) || HTML_ANYWHERE.test(head)) return 'html';
  if (MARKDOWN.test(head)) return 'markdown';
  return 'text';
}

const BY_MEDIA_TYPE: Record<string, DocumentFormat> = {
  'application/pdf': 'pdf',
  'application/x-pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
};

const BY_EXTENSION: Record<string, DocumentFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
};

/** Claims of a type the reader refuses whatever the bytes look like (an SVG is text too). */
const UNSUPPORTED_CLAIMS = { mediaTypes: new Set(['image/svg+xml']), extensions: new Set(['svg', 'svgz']) };

export function claimsUnsupportedType(fileName: string | undefined, mediaType: string | undefined): boolean {
  const type = mediaType?.split(';')[0]?.trim().toLowerCase();
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return (
    (type !== undefined && UNSUPPORTED_CLAIMS.mediaTypes.has(type)) ||
    (ext !== undefined && UNSUPPORTED_CLAIMS.extensions.has(ext))
  );
}

/**
 * The format a client claims, from the media type first and the file extension second; undefined
 * when it claims nothing specific (application/octet-stream, no extension).
 */
export function declaredFormat(
  fileName: string | undefined,
  mediaType: string | undefined,
): DocumentFormat | undefined {
  const type = mediaType?.split(';')[0]?.trim().toLowerCase();
  if (type && BY_MEDIA_TYPE[type]) return BY_MEDIA_TYPE[type];
  const ext = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  return ext ? BY_EXTENSION[ext] : undefined;
}

/** Formats read by OS tools (poppler, Tesseract) rather than in-process. */
export const readWithTools = (format: DocumentFormat): boolean =>
  format === 'pdf' || format === 'png' || format === 'jpeg';

export const isTextual = (format: DocumentFormat): boolean =>
  format === 'text' || format === 'markdown' || format === 'html';
