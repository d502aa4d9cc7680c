import crypto from 'node:crypto';
import zlib from 'node:zlib';
import type { ErrorCode } from '../../common/errors';
import { readDocument, type DocumentInput } from '../../understanding/document/read-document';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../../understanding/document/limits';
import {
  RESUME_MARKDOWN,
  RESUME_TEXT,
  rasterize,
  resumeDocx,
  resumeHtml,
  resumePdf,
  scannedResumePdf,
} from './fixtures/documents';
import { encryptedPdf, textPdf } from './fixtures/pdf-writer';
import { DOCX_PACKAGE_PARTS, docx, writeZip } from './fixtures/zip-writer';

const bytes = (s: string, encoding: BufferEncoding = 'utf8'): Buffer => Buffer.from(s, encoding);

describe('Document Reader: every format', () => {
  it('reads plain text as written', async () => {
    const r = await readDocument({ bytes: bytes(RESUME_TEXT), fileName: 'resume.txt', mediaType: 'text/plain' });
    expect(r.format).toBe('text');
    expect(r.method).toBe('plain-text');
    expect(r.text).toContain('Charge Nurse, Intensive Care Unit');
    expect(r.quality.resume.isResume).toBe(true);
    expect(r.ocrPages).toBe(0);
  });

  it('reads Markdown and keeps link targets', async () => {
    const r = await readDocument({ bytes: bytes(RESUME_MARKDOWN), fileName: 'resume.md' });
    expect(r.format).toBe('markdown');
    expect(r.text).toContain('Senior Backend Engineer');
    expect(r.text).not.toMatch(/^#/m);
    expect(r.text).toContain('https://github.com/dwhitfield-example');
  });

  it('reads HTML without the text of scripts, styles, templates or noscript', async () => {
    const r = await readDocument({
      bytes: bytes(resumeHtml(RESUME_TEXT)),
      fileName: 'resume.html',
      mediaType: 'text/html',
    });
    expect(r.format).toBe('html');
    expect(r.text).toContain('Desert Valley Medical Center');
    for (const hidden of ['INJECTED', 'evil.example', 'color: red', 'TEMPLATE TEXT', 'NOSCRIPT TEXT']) {
      expect(r.text).not.toContain(hidden);
    }
  });

  it('reads UTF-16 text with a byte-order mark', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      bytes('Registered Nurse — café résumé\nWORK HISTORY\n', 'utf16le'),
    ]);
    const r = await readDocument({ bytes: utf16, fileName: 'resume.txt' });
    expect(r.text).toContain('café résumé');
  });

  it('reads DOCX', async () => {
    const r = await readDocument({ bytes: resumeDocx(RESUME_TEXT), fileName: 'resume.docx' });
    expect(r.format).toBe('docx');
    expect(r.method).toBe('docx');
    expect(r.text).toContain('Bachelor of Science in Nursing');
  });

  it('reads a PDF text layer, page by page', async () => {
    const pdf = textPdf([
      ['Dana Whitfield', 'Senior Backend Engineer'],
      ['Experience', 'Parcelwise Mar 2020 - Present'],
    ]);
    const r = await readDocument({ bytes: pdf, fileName: 'resume.pdf', mediaType: 'application/pdf' });
    expect(r.format).toBe('pdf');
    expect(r.method).toBe('text-layer');
    expect(r.pages).toBe(2);
    expect(r.text).toContain('Senior Backend Engineer');
    expect(r.text).toContain('Parcelwise Mar 2020 - Present');
    expect(r.quality.extractionConfidence).toBe(1);
  });

  it('sends a scanned, image-only PDF through OCR', async () => {
    const r = await readDocument({ bytes: scannedResumePdf(RESUME_TEXT), fileName: 'scan.pdf' });
    expect(r.method).toBe('ocr');
    expect(r.ocrPages).toBe(1);
    expect(r.text).toMatch(/Registered Nurse/i);
    expect(r.text).toMatch(/Desert Valley Medical Center/i);
    expect(r.quality.extractionConfidence).toBeGreaterThan(0.5);
    expect(r.quality.extractionConfidence).toBeLessThanOrEqual(1);
  });

  it('reads PNG and JPEG images through OCR', async () => {
    const pdf = resumePdf(RESUME_TEXT);
    const png = await readDocument({ bytes: rasterize(pdf, 'png'), fileName: 'resume.png', mediaType: 'image/png' });
    expect(png.format).toBe('png');
    expect(png.method).toBe('ocr');
    expect(png.text).toMatch(/Charge Nurse/i);
    const jpeg = await readDocument({ bytes: rasterize(pdf, 'jpeg'), fileName: 'resume.jpg' });
    expect(jpeg.format).toBe('jpeg');
    expect(jpeg.text).toMatch(/Charge Nurse/i);
  });

  it('never invents text: a PDF whose only page is blank is refused, after trying OCR', async () => {
    const error: unknown = await readDocument({ bytes: textPdf([[]]), fileName: 'blank.pdf' }).catch(
      (err: unknown) => err,
    );
    expect(error).toMatchObject({ code: 'RESUME_NO_TEXT', details: { method: 'ocr', reason: 'empty' } });
  });

  it('tells a resume from another document', async () => {
    const posting =
      'About the role\nWe are looking for a backend engineer. You will build APIs. ' +
      'Benefits include health insurance. Apply now! We are an equal opportunity employer. '.repeat(3);
    const r = await readDocument({ bytes: bytes(posting), fileName: 'job.txt' });
    expect(r.quality.resume.isResume).toBe(false);
    const resume = await readDocument({ bytes: bytes(RESUME_MARKDOWN), fileName: 'cv.md' });
    expect(resume.quality.resume.confidence).toBeGreaterThan(r.quality.resume.confidence);
  });
});

interface HostileCase {
  readonly name: string;
  readonly input: () => DocumentInput | Promise<DocumentInput>;
  readonly code: ErrorCode;
  readonly limits?: Partial<ReadLimits>;
}

/** A 100,000 x 100,000 pixel PNG header: tiny file, 40 GB of pixels. */
function pixelBombPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(100_000, 0);
  ihdr.writeUInt32BE(100_000, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  const chunk = Buffer.concat([Buffer.from('IHDR'), ihdr]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(chunk));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(13);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), length, chunk, crc]);
}

const bomb = zlib.deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 });

/**
 * A one-page PDF whose content stream is a flate bomb: 64 KB on disk, 64 MB of text-drawing
 * operators once inflated, which pdftotext would decode and lay out until the deadline.
 */
function flateBombPdf(): Buffer {
  const operators = Buffer.alloc(64 * 1024 * 1024, 'BT /F1 11 Tf 56 700 Td (x) Tj ET\n');
  const deflated = zlib.deflateSync(operators, { level: 9 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>',
  ].map((body) => Buffer.from(body, 'latin1'));
  objects.push(
    Buffer.concat([
      Buffer.from(`<< /Length ${deflated.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      deflated,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  );
  const chunks = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let offset = chunks[0]!.length;
  objects.forEach((body, i) => {
    offsets.push(offset);
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    chunks.push(object);
    offset += object.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  chunks.push(
    Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`),
  );
  return Buffer.concat(chunks);
}

/** word/document.xml nested `depth` paragraphs deep around one honest line. */
function nestedDocx(depth: number): Buffer {
  const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p>'.repeat(depth)}<w:r><w:t>Registered Nurse, ten years of ICU work history</w:t></w:r>${'</w:p>'.repeat(depth)}</w:body></w:document>`;
  return writeZip([...DOCX_PACKAGE_PARTS, { name: 'word/document.xml', data: Buffer.from(xml) }]);
}

const HOSTILE: readonly HostileCase[] = [
  { name: 'an empty file', input: () => ({ bytes: Buffer.alloc(0), fileName: 'resume.pdf' }), code: 'RESUME_EMPTY' },
  {
    name: 'a file over the size limit',
    input: () => ({ bytes: Buffer.alloc(2048, 0x41), fileName: 'resume.txt' }),
    limits: { maxBytes: 1024 },
    code: 'RESUME_TOO_LARGE',
  },
  {
    name: 'a zip bomb DOCX (64 MB of spaces in 64 KB)',
    input: () => ({
      bytes: writeZip([
        ...DOCX_PACKAGE_PARTS,
        { name: 'word/document.xml', data: Buffer.alloc(0), deflated: bomb, declaredSize: 64 * 1024 * 1024 },
      ]),
      fileName: 'resume.docx',
    }),
    code: 'RESUME_DECOMPRESSED_TOO_LARGE',
  },
  {
    name: 'a DOCX whose entries lie about their size',
    input: () => ({
      bytes: writeZip([
        ...DOCX_PACKAGE_PARTS,
        { name: 'word/document.xml', data: Buffer.alloc(0), deflated: bomb, declaredSize: 1000 },
      ]),
      fileName: 'resume.docx',
    }),
    code: 'RESUME_DECOMPRESSED_TOO_LARGE',
  },
  {
    name: 'a DOCX with a broken document part',
    input: () => ({
      bytes: writeZip([
        ...DOCX_PACKAGE_PARTS,
        { name: 'word/document.xml', data: Buffer.from('<w:document><w:body><w:p>unclosed') },
      ]),
      fileName: 'resume.docx',
    }),
    code: 'RESUME_CORRUPT',
  },
  {
    name: 'a DOCX truncated in the middle',
    input: () => {
      const file = resumeDocx(RESUME_TEXT);
      return { bytes: file.subarray(0, Math.floor(file.length / 2)), fileName: 'resume.docx' };
    },
    code: 'RESUME_CORRUPT',
  },
  {
    name: 'a ZIP without a document part named .docx',
    input: () => ({ bytes: writeZip([{ name: 'notes.txt', data: Buffer.from('hello') }]), fileName: 'resume.docx' }),
    code: 'RESUME_CORRUPT',
  },
  {
    name: 'a DOCX with only an empty paragraph',
    input: () => ({ bytes: docx(['']), fileName: 'resume.docx' }),
    code: 'RESUME_EMPTY',
  },
  {
    name: 'a password-protected PDF',
    input: () => ({ bytes: encryptedPdf(['Confidential resume']), fileName: 'resume.pdf' }),
    code: 'RESUME_ENCRYPTED',
  },
  {
    name: 'a password-protected Office file',
    input: () => ({
      bytes: Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
        Buffer.from('EncryptedPackage', 'utf16le'),
        Buffer.alloc(512),
      ]),
      fileName: 'resume.docx',
    }),
    code: 'RESUME_ENCRYPTED',
  },
  {
    name: 'a truncated PDF',
    input: () => {
      const pdf = resumePdf(RESUME_TEXT);
      return { bytes: pdf.subarray(0, Math.floor(pdf.length * 0.6)), fileName: 'resume.pdf' };
    },
    code: 'RESUME_CORRUPT',
  },
  {
    name: 'a PDF header followed by garbage',
    input: () => ({
      bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(4096)]),
      fileName: 'resume.pdf',
    }),
    code: 'RESUME_CORRUPT',
  },
  {
    name: 'a PDF with more pages than allowed',
    input: () => ({ bytes: textPdf(Array.from({ length: 6 }, (_, i) => [`Page ${i + 1}`])), fileName: 'resume.pdf' }),
    limits: { maxPages: 5 },
    code: 'RESUME_TOO_MANY_PAGES',
  },
  {
    name: 'a read that runs out of time',
    input: () => ({ bytes: scannedResumePdf(RESUME_TEXT), fileName: 'scan.pdf' }),
    limits: { timeoutMs: 1 },
    code: 'RESUME_READ_TIMEOUT',
  },
  {
    name: 'a PNG declaring 100,000 x 100,000 pixels',
    input: () => ({ bytes: pixelBombPng(), fileName: 'resume.png' }),
    code: 'RESUME_DECOMPRESSED_TOO_LARGE',
  },
  {
    name: 'a JPEG cut after its header',
    input: () => ({
      bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]),
      fileName: 'resume.jpg',
    }),
    code: 'RESUME_CORRUPT',
  },
  {
    name: 'a PNG named resume.pdf',
    input: () => ({ bytes: pixelBombPng(), fileName: 'resume.pdf', mediaType: 'application/pdf' }),
    code: 'RESUME_TYPE_MISMATCH',
  },
  {
    name: 'plain text labelled as a DOCX',
    input: () => ({
      bytes: Buffer.from(RESUME_TEXT),
      fileName: 'resume.docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    }),
    code: 'RESUME_TYPE_MISMATCH',
  },
  {
    name: 'an executable named resume.pdf',
    input: () => ({
      bytes: Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), crypto.randomBytes(2048)]),
      fileName: 'resume.pdf',
    }),
    code: 'RESUME_TYPE_MISMATCH',
  },
  {
    name: 'random binary garbage',
    input: () => ({ bytes: crypto.randomBytes(8192), fileName: 'upload', mediaType: 'application/octet-stream' }),
    code: 'RESUME_UNSUPPORTED_TYPE',
  },
  {
    name: 'a legacy Word .doc',
    input: () => ({
      bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]),
      fileName: 'resume.doc',
    }),
    code: 'RESUME_UNSUPPORTED_TYPE',
  },
  {
    name: 'an OpenDocument text file',
    input: () => ({
      bytes: writeZip([
        { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), stored: true },
      ]),
      fileName: 'resume.odt',
    }),
    code: 'RESUME_UNSUPPORTED_TYPE',
  },
  {
    name: 'a GIF image',
    input: () => ({ bytes: Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64)]), fileName: 'resume.gif' }),
    code: 'RESUME_UNSUPPORTED_TYPE',
  },
  {
    name: 'text with NUL bytes (a binary in disguise)',
    input: () => ({ bytes: Buffer.from(`Resume\0\0\0${'\0'.repeat(200)}binary`), fileName: 'resume.txt' }),
    code: 'RESUME_UNSUPPORTED_TYPE',
  },
  {
    name: 'HTML that is nothing but script',
    input: () => ({
      bytes: Buffer.from(`<html><body><script>${'alert(1);'.repeat(500)}</script></body></html>`),
      fileName: 'resume.html',
    }),
    code: 'RESUME_EMPTY',
  },
  {
    name: 'a PDF flate bomb (64 MB of drawing operators in one stream)',
    input: () => ({ bytes: flateBombPdf(), fileName: 'bomb.pdf' }),
    code: 'RESUME_DECOMPRESSED_TOO_LARGE',
  },
  {
    name: 'a DOCX part that claims to expand 1,000 times',
    input: () => ({
      bytes: writeZip([
        ...DOCX_PACKAGE_PARTS,
        {
          name: 'word/document.xml',
          data: Buffer.alloc(0),
          deflated: zlib.deflateRawSync(Buffer.alloc(8 * 1024 * 1024, 0x20), { level: 9 }),
          declaredSize: 8 * 1024 * 1024,
        },
      ]),
      fileName: 'resume.docx',
    }),
    code: 'RESUME_DECOMPRESSED_TOO_LARGE',
  },
  {
    name: 'a DOCX nesting its paragraphs 10,000 deep',
    input: () => ({ bytes: nestedDocx(10_000), fileName: 'resume.docx' }),
    code: 'RESUME_TOO_COMPLEX',
  },
  {
    name: 'a 5 MB Markdown file on one line',
    input: () => ({ bytes: Buffer.from(`# ${'Go PostgreSQL Kubernetes '.repeat(200_000)}`), fileName: 'cv.md' }),
    code: 'RESUME_TOO_LARGE',
  },
  {
    name: 'a text file with a 100,000-character line',
    input: () => ({ bytes: Buffer.from(`Registered Nurse\n${'a'.repeat(100_000)}\n`), fileName: 'cv.txt' }),
    code: 'RESUME_TOO_COMPLEX',
  },
  {
    name: 'text over the character budget',
    input: () => ({ bytes: Buffer.from(`${RESUME_TEXT}\n`.repeat(20)), fileName: 'cv.txt' }),
    limits: { maxTextChars: 10_000 },
    code: 'RESUME_TOO_LARGE',
  },
  {
    name: 'HTML whose visible text is over the character budget',
    input: () => ({ bytes: Buffer.from(resumeHtml(`${RESUME_TEXT}\n`.repeat(20))), fileName: 'cv.html' }),
    limits: { maxTextChars: 10_000 },
    code: 'RESUME_TOO_LARGE',
  },
  {
    name: 'Markdown of unclosed brackets and emphasis, every line just under the line limit',
    input: () => ({
      bytes: Buffer.from(`${'['.repeat(19_000)}\n${'**'.repeat(9_500)}\n`.repeat(5)),
      fileName: 'cv.md',
    }),
    code: 'RESUME_EMPTY',
  },
  {
    name: 'a whitespace-only text file',
    input: () => ({ bytes: Buffer.from(' \n\t\r\n   \n'), fileName: 'resume.txt' }),
    code: 'RESUME_EMPTY',
  },
];

describe('Document Reader: hostile and broken files', () => {
  it.each(HOSTILE.map((c) => [c.name, c] as const))('refuses %s with its typed error', async (_name, c) => {
    const limits = { ...DEFAULT_READ_LIMITS, ...c.limits };
    const error: unknown = await readDocument(await c.input(), limits).then(
      () => new Error('expected a refusal'),
      (err: unknown) => err,
    );
    expect(error).toMatchObject({ name: 'HirehoundError', code: c.code });
    expect((error as { status: number }).status).toBeGreaterThanOrEqual(400);
    expect((error as { status: number }).status).toBeLessThan(500);
  });

  it('survives deeply nested HTML without a stack overflow', async () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}Registered Nurse, Tucson AZ. Work history and education follow.${'</div>'.repeat(50_000)}</body></html>`;
    const r = await readDocument({ bytes: Buffer.from(html), fileName: 'deep.html' });
    expect(r.text).toContain('Registered Nurse');
  });
});
