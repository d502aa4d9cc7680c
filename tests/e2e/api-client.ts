import { sql } from 'kysely';
import type { DB } from '../../store/database';
import type { ResultsPage, SearchProgress } from '../../common/vocabulary/search';

/** A tiny client for the public API, as an integrator would write it. */
export interface SearchView {
  searchId: string;
  source?: 'workflow' | 'database';
  progress: SearchProgress;
  results: ResultsPage;
}

export async function call<T>(
  base: string,
  key: string,
  method: string,
  route: string,
  body?: unknown,
): Promise<{ status: number; body: T & { error?: { code: string; message: string } } }> {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { 'x-api-key': key, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    // A string goes as it is (tests send malformed JSON on purpose); anything else as JSON.
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: (text ? JSON.parse(text) : {}) as T & { error?: { code: string; message: string } },
  };
}

export async function startSearch(base: string, key: string, body: unknown): Promise<string> {
  const started = await call<{ searchId: string }>(base, key, 'POST', '/v1/searches', body);
  if (started.status !== 202)
    throw new Error(`POST /v1/searches answered ${started.status}: ${JSON.stringify(started.body)}`);
  return started.body.searchId;
}

/** Polls until the search has finished and its answer is in Postgres. */
export async function waitFinished(
  base: string,
  key: string,
  searchId: string,
  timeoutMs = 120_000,
): Promise<SearchView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await call<SearchView>(base, key, 'GET', `/v1/searches/${searchId}`);
    if (view.status === 200 && view.body.source === 'database' && view.body.progress.status !== 'running')
      return view.body;
    if (Date.now() > deadline)
      throw new Error(`search ${searchId} did not finish: ${JSON.stringify(view.body.progress)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function waitForProgress(
  base: string,
  key: string,
  searchId: string,
  until: (p: SearchProgress) => boolean,
  timeoutMs = 60_000,
): Promise<SearchProgress> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await call<SearchView>(base, key, 'GET', `/v1/searches/${searchId}`);
    if (view.status === 200 && until(view.body.progress)) return view.body.progress;
    if (Date.now() > deadline) throw new Error(`condition not reached: ${JSON.stringify(view.body.progress)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Credits the Postgres ledger holds for a search, by endpoint, and per job for job-detail calls. */
export async function ledgerFor(
  db: DB,
  searchId: string,
): Promise<{ credits: number; calls: number; chargedJobs: Map<string, number> }> {
  const rows = await db.selectFrom('credit_ledger').selectAll().where('search_id', '=', searchId).execute();
  const chargedJobs = new Map<string, number>();
  for (const r of rows) if (r.job_id && r.credits > 0) chargedJobs.set(r.job_id, (chargedJobs.get(r.job_id) ?? 0) + 1);
  return { credits: rows.reduce((s, r) => s + r.credits, 0), calls: rows.length, chargedJobs };
}

/** Job-detail charges per job across every search: the pay-once property. */
export async function chargesPerJob(db: DB): Promise<Map<string, number>> {
  const rows = await sql<{ job_id: string; n: string }>`
    SELECT job_id, count(*) AS n FROM credit_ledger
    WHERE job_id IS NOT NULL AND credits > 0 GROUP BY job_id`.execute(db);
  return new Map(rows.rows.map((r) => [r.job_id, Number(r.n)]));
}
