import { useRef, useState, type DragEvent } from 'react';
import { ApiError } from '../api-client/client';
import type { ResumeView } from '../api-client/contract';
import { sentenceFor } from '../api-client/error-sentences';
import { useSession } from '../session';

const ACCEPT = [
  '.pdf',
  '.docx',
  '.txt',
  '.md',
  '.html',
  '.htm',
  '.png',
  '.jpg',
  '.jpeg',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'text/markdown',
  'text/html',
  'image/png',
  'image/jpeg',
].join(',');

const POLL_MS = 1_000;
const POLL_LIMIT_MS = 120_000;

interface ResumeUploadProps {
  readonly onRead: (resume: ResumeView) => void;
}

/** Drop a file or choose one; waits while the API reads it (202 means still reading: poll). */
export function ResumeUpload({ onRead }: ResumeUploadProps) {
  const { api } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'reading'; name: string } | { kind: 'error'; message: string }
  >({ kind: 'idle' });

  async function read(file: File) {
    setState({ kind: 'reading', name: file.name });
    try {
      let { status, body } = await api.upload<ResumeView>('/v1/resumes', file);
      const deadline = Date.now() + POLL_LIMIT_MS;
      while (status === 202 || body.status === 'received' || body.status === 'parsed') {
        if (Date.now() > deadline) throw new ApiError(504, 'RESUME_READ_TIMEOUT', 'Reading took too long');
        await new Promise((r) => setTimeout(r, POLL_MS));
        body = await api.get<ResumeView>(`/v1/resumes/${body.id}`);
        status = 200;
      }
      if (body.status === 'failed')
        throw new ApiError(422, body.error?.code ?? 'RESUME_INGESTION_FAILED', body.error?.message ?? '');
      setState({ kind: 'idle' });
      onRead(body);
    } catch (err) {
      setState({ kind: 'error', message: sentenceFor(err) });
    } finally {
      if (input.current) input.current.value = '';
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void read(file);
  };

  return (
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <p>Drop your resume here, or</p>
      <label className="button" htmlFor="resume-file">
        Choose a file
      </label>
      <input
        id="resume-file"
        ref={input}
        className="visually-hidden"
        type="file"
        accept={ACCEPT}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void read(file);
        }}
        aria-describedby="resume-file-help"
      />
      <p id="resume-file-help" className="muted small">
        PDF, Word (.docx), text, Markdown, HTML or an image (scans are read with OCR), up to 10 MB. The file itself is
        not kept after reading.
      </p>
      <div aria-live="polite">
        {state.kind === 'reading' && (
          <p className="working" role="status">
            <span className="spinner" aria-hidden="true" /> Reading {state.name}…
          </p>
        )}
      </div>
      {state.kind === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
    </div>
  );
}
