import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parse } from 'csv-parse/sync';
import { isHirehoundError } from '../../common/errors';
import { analyseResume } from '../../understanding/analysis/analyse-resume';
import { readDocument } from '../../understanding/document/read-document';

/**
 * `npm run -s analyse:resumes`: one resume per input, one JSON line per resume on stdout:
 * `{"title","onetCode","codes":[top 5],"skills","seniority","years", …}`.
 * - Default: file paths on stdin, one per line (PDF, DOCX, text, Markdown, HTML; scans through OCR).
 * - `--csv FILE --column NAME`: every row's NAME column is a resume text (`--id NAME` adds an id).
 * A file that cannot be read gives `{"file", "error":{code,message}}` and the run goes on.
 * Progress goes to stderr every 100 resumes.
 */
interface Options {
  readonly csv?: string;
  readonly column?: string;
  readonly id?: string;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (!['--csv', '--column', '--id'].includes(flag) || value === undefined) {
      throw new Error(`usage: analyse:resumes [--csv FILE --column NAME [--id NAME]] < paths (bad argument ${flag})`);
    }
    options[flag.slice(2)] = value;
  }
  if (options.csv !== undefined && options.column === undefined) throw new Error('--csv needs --column NAME');
  return options;
}

function line(analysis: ReturnType<typeof analyseResume>, extra: Record<string, unknown>): string {
  return JSON.stringify({
    ...extra,
    title: analysis.jobTitle,
    titleSource: analysis.titleSource,
    titleConfident: analysis.titleConfident,
    occupation: analysis.title,
    onetCode: analysis.onetCode,
    codes: analysis.occupations.map((o) => o.code),
    skills: analysis.skills,
    seniority: analysis.seniority,
    years: analysis.yearsExperience,
  });
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.md': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain',
};

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let done = 0;
  const progress = (): void => {
    if (++done % 100 === 0) process.stderr.write(`[analyse:resumes] ${done} resumes\n`);
  };
  if (options.csv !== undefined) {
    const rows = parse<Record<string, string>>(fs.readFileSync(options.csv, 'utf8'), { columns: true });
    for (const row of rows) {
      const text = row[options.column!];
      if (text === undefined) throw new Error(`${options.csv} has no column ${options.column}`);
      const extra = options.id !== undefined ? { id: row[options.id] ?? null } : {};
      process.stdout.write(`${line(analyseResume(text), extra)}\n`);
      progress();
    }
    return;
  }
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of lines) {
    const file = raw.trim();
    if (!file) continue;
    try {
      const bytes = fs.readFileSync(file);
      const mediaType = MEDIA_TYPES[path.extname(file).toLowerCase()];
      const reading = await readDocument({ bytes, fileName: path.basename(file), ...(mediaType ? { mediaType } : {}) });
      process.stdout.write(`${line(analyseResume(reading.text), { file })}\n`);
    } catch (err) {
      const error = isHirehoundError(err)
        ? { code: err.code, message: err.message }
        : { code: 'READ_FAILED', message: err instanceof Error ? err.message : String(err) };
      process.stdout.write(`${JSON.stringify({ file, error })}\n`);
    }
    progress();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`analyse:resumes failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
