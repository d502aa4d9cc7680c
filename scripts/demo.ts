import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { TIERS } from '../common/vocabulary/search';
import { createDatabase } from '../store/database';
import { createUser } from '../store/users';
import type { SearchProgress, SearchResultItem } from '../common/vocabulary/search';
import { loadLauncherConfig } from './stack/launcher-config';
import { locateDatabaseUrl, readStackFile } from './stack/stack-file';

/**
 * `npm run demo -- --resume <file> --tier free|paid [--keyword "..."] [--location "..."]`
 *
 * What a user of the API sees, in the terminal: creates a demo user of the tier, uploads the
 * resume, starts a search from it, follows the Server-Sent Events (phases, counts, credits) and
 * prints the final ranking with the reasons behind each score. It talks to the stack `npm start`
 * runs (found through .data/stack.json), or to HIREHOUND_API_URL + DATABASE_URL, or with
 * --api-key to an existing user.
 */
const ROOT = path.resolve(__dirname, '..');

const Args = z.object({
  resume: z.string().min(1, 'pass --resume <file>'),
  tier: z.enum(TIERS),
  keyword: z.string().min(1).max(200).optional(),
  location: z.string().min(1).max(200).optional(),
  'api-key': z.string().min(10).optional(),
  top: z.coerce.number().int().min(1).max(50).default(10),
});
type Args = z.infer<typeof Args>;

const tty = Boolean(process.stdout.isTTY);
const say = (line = ''): void => void process.stdout.write(`${line}\n`);

class DemoError extends Error {}

async function api<T>(base: string, key: string, method: string, route: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = (await res.json()) as T & { error?: { code: string; message: string } };
  if (!res.ok)
    throw new DemoError(`${method} ${route}: ${res.status} ${json.error?.code ?? ''} ${json.error?.message ?? ''}`);
  return json;
}

function locateStack(): { apiUrl: string; databaseUrl: string | undefined } {
  const { dataDir } = loadLauncherConfig(process.env, ROOT);
  const apiUrl = process.env.HIREHOUND_API_URL ?? readStackFile(dataDir)?.apiUrl;
  if (!apiUrl) throw new DemoError('No running Hirehound found: start it with `npm start` (or set HIREHOUND_API_URL).');
  return { apiUrl: apiUrl.replace(/\/$/, ''), databaseUrl: locateDatabaseUrl(process.env, dataDir) };
}

async function demoUser(args: Args, databaseUrl: string | undefined): Promise<string> {
  if (args['api-key']) return args['api-key'];
  if (!databaseUrl)
    throw new DemoError('To create a demo user, the database must be known: set DATABASE_URL or pass --api-key.');
  const db = createDatabase({
    url: databaseUrl,
    poolSize: 1,
    statementTimeoutMs: 10_000,
    applicationName: 'hirehound-demo',
  });
  try {
    const email = `demo-${args.tier}-${Date.now()}@demo.hirehound.local`;
    const { apiKey } = await createUser(db, { email, tier: args.tier });
    say(`user      ${email} (${args.tier})`);
    return apiKey;
  } finally {
    await db.destroy();
  }
}

interface ResumeAnswer {
  id: string;
  status: string;
  reading: { format: string; method: string; pages: number } | null;
  profile: {
    title: string | null;
    onetCode: string | null;
    skills: string[];
    yearsExperience: number | null;
    seniority: string | null;
  } | null;
}

async function upload(base: string, key: string, file: string): Promise<ResumeAnswer> {
  const bytes = fs.readFileSync(file);
  const form = new FormData();
  form.append('file', new Blob([bytes]), path.basename(file));
  const res = await fetch(`${base}/v1/resumes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}` },
    body: form,
  });
  const json = (await res.json()) as ResumeAnswer & { error?: { code: string; message: string } };
  if (!res.ok) throw new DemoError(`upload: ${res.status} ${json.error?.code ?? ''} ${json.error?.message ?? ''}`);
  let resume = json;
  // 202: ingestion still running (OCR of a long scan); poll until it settles.
  for (let i = 0; i < 120 && (resume.status === 'received' || resume.status === 'parsed'); i++) {
    await new Promise((r) => setTimeout(r, 1000));
    resume = await api<ResumeAnswer>(base, key, 'GET', `/v1/resumes/${json.id}`);
  }
  return resume;
}

function progressLine(p: SearchProgress): string {
  const c = p.counts;
  const parts = [
    `phase ${p.phase.padEnd(8)}`,
    `cache ${c.cacheCandidates}`,
    `fresh ${c.freshMatches}`,
    ...(p.discoveryTriggered ? [`pages ${c.discoveredPages} (+${c.discoveredNew} new)`] : []),
    ...(c.enrichPlanned ? [`enriched ${c.enrichDone + c.enrichJoined}/${c.enrichPlanned}`] : []),
    `credits ${p.creditsUsed}`,
    `best ${p.bestScore ?? '-'}`,
    `v${p.version}`,
  ];
  return parts.join(' · ');
}

/** Follows GET /v1/searches/:id/events until the `done` event; returns the last progress seen. */
async function follow(base: string, key: string, searchId: string): Promise<SearchProgress | null> {
  const res = await fetch(`${base}/v1/searches/${searchId}/events`, { headers: { authorization: `Bearer ${key}` } });
  if (!res.ok || !res.body) throw new DemoError(`events: ${res.status}`);
  let last: SearchProgress | null = null;
  let lastPhase = '';
  let buffer = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.+)$/m.exec(frame)?.[1];
      const data = /^data: (.+)$/m.exec(frame)?.[1];
      if (event === 'progress' && data) {
        last = JSON.parse(data) as SearchProgress;
        const line = progressLine(last);
        if (tty) process.stdout.write(`\r\x1b[2K${line}`);
        if (!tty || last.phase !== lastPhase) {
          if (tty) process.stdout.write('\n');
          else say(line);
        }
        lastPhase = last.phase;
      }
      if (event === 'done') {
        if (tty) process.stdout.write('\n');
        return last;
      }
    }
  }
  return last;
}

/** The part of a result's reasons the terminal shows (the API carries every component with its weight). */
const Reasons = z.object({ matchedSkills: z.array(z.string()), missingSkills: z.array(z.string()) });

function describe(item: SearchResultItem): string {
  const j = item.job;
  const salary = j.salary?.min
    ? ` · ${j.salary.currency ?? ''} ${j.salary.min}${j.salary.max ? `–${j.salary.max}` : ''}/${j.salary.period ?? '?'}`
    : '';
  const reasons = Reasons.safeParse(item.reasons);
  const matched = reasons.success ? reasons.data.matchedSkills.slice(0, 5).join(', ') : '';
  const missing = reasons.success ? reasons.data.missingSkills.slice(0, 3).join(', ') : '';
  return [
    `${String(item.rank).padStart(2)}. ${item.score.toFixed(1).padStart(5)}  ${j.title} — ${j.company ?? '?'} (${j.location ?? j.remoteType})${salary}${j.enriched ? ' [full text]' : ''}`,
    `           ats ${item.ats.toFixed(1)} · semantic ${item.semantic.toFixed(1)} · freshness ${item.freshness.toFixed(1)}` +
      (matched ? ` · skills: ${matched}` : '') +
      (missing ? ` · missing: ${missing}` : ''),
  ].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      resume: { type: 'string' },
      tier: { type: 'string', default: 'free' },
      keyword: { type: 'string' },
      location: { type: 'string' },
      'api-key': { type: 'string' },
      top: { type: 'string' },
    },
  });
  const parsed = Args.safeParse(values);
  if (!parsed.success)
    throw new DemoError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  const args = parsed.data;
  if (!fs.existsSync(args.resume)) throw new DemoError(`No such file: ${args.resume}`);
  const stack = locateStack();
  say(`api       ${stack.apiUrl}`);
  const key = await demoUser(args, stack.databaseUrl);

  const t0 = Date.now();
  const resume = await upload(stack.apiUrl, key, args.resume);
  const profile = resume.profile;
  say(
    `resume    ${resume.id} read as ${resume.reading?.format ?? '?'} (${resume.reading?.method ?? '?'}, ${resume.reading?.pages ?? '?'} p.) in ${Date.now() - t0} ms`,
  );
  if (profile) {
    say(
      `profile   ${profile.title ?? 'no title'} [${profile.onetCode ?? '-'}] · ${profile.seniority ?? '?'} · ${profile.yearsExperience ?? '?'} y`,
    );
    say(`skills    ${profile.skills.slice(0, 12).join(', ') || '-'}`);
  }

  const query = args.keyword
    ? { keyword: args.keyword, ...(args.location ? { location: args.location } : {}) }
    : undefined;
  const started = await api<{
    searchId: string;
    progress: SearchProgress | null;
    results: { items: SearchResultItem[] } | null;
  }>(stack.apiUrl, key, 'POST', '/v1/searches', { resumeId: resume.id, ...(query ? { query } : {}) });
  say(
    `search    ${started.searchId}: first results in ${Date.now() - t0} ms, ${started.results?.items.length ?? 0} shown at once`,
  );
  const last = await follow(stack.apiUrl, key, started.searchId);
  const final = await api<{ progress: SearchProgress; results: { total: number; items: SearchResultItem[] } }>(
    stack.apiUrl,
    key,
    'GET',
    `/v1/searches/${started.searchId}?limit=${args.top}`,
  );
  const p = final.progress ?? last;
  say();
  say(
    `${p.status} in ${((Date.now() - t0) / 1000).toFixed(1)} s · credits used ${p.creditsUsed} · discovery ${p.discoveryTriggered ? 'ran' : `skipped (${p.discoveryDecision ?? '-'})`}`,
  );
  if (p.liveSearchUnavailable)
    say(`live search unavailable: ${p.liveSearchUnavailable.reason} — ${p.liveSearchUnavailable.message}`);
  say(`top ${final.results.items.length} of ${final.results.total}:`);
  for (const item of final.results.items) say(describe(item));
  if (!final.results.total && args.tier === 'free')
    say('(The cache is empty for this profile: a paid search discovers postings that free searches then find.)');
}

main().catch((err: unknown) => {
  process.stderr.write(`demo: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
