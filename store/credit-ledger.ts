import { sql } from 'kysely';
import type { CreditLedgerRow } from '../schema/credit-ledger.table';
import type { DB } from './database';

/**
 * The provider credit ledger in Postgres: one row per settled gateway call, with the search, user
 * and job it served, so any credit can be traced. Rows arrive from the gateway's Redis outbox at
 * least once; the call's request id is unique, so writing one twice is a no-op.
 */

export interface CreditEntry {
  readonly requestId: string;
  /** 'YYYY-MM' (UTC) the credits count against. */
  readonly month: string;
  readonly occurredAt: Date;
  /** indeed.listing, indeed.job, glassdoor.listing, glassdoor.job, web.scrape; hf.chat (its own budget line) */
  readonly endpoint: string;
  readonly credits: number;
  /** ok, expired, server_error, timeout, abandoned… */
  readonly outcome: string;
  readonly providerStatus: number | null;
  readonly latencyMs: number | null;
  readonly searchId: string | null;
  readonly userId: string | null;
  readonly jobId: string | null;
}

function toEntry(row: CreditLedgerRow): CreditEntry {
  return {
    requestId: row.request_id,
    month: row.month,
    occurredAt: row.occurred_at,
    endpoint: row.endpoint,
    credits: row.credits,
    outcome: row.outcome,
    providerStatus: row.provider_status,
    latencyMs: row.latency_ms,
    searchId: row.search_id,
    userId: row.user_id,
    jobId: row.job_id,
  };
}

/** Writes entries not yet recorded; returns how many were new. */
export async function recordCreditEntries(db: DB, entries: readonly CreditEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const result = await db
    .insertInto('credit_ledger')
    .values(
      entries.map((e) => ({
        request_id: e.requestId,
        month: e.month,
        occurred_at: e.occurredAt,
        endpoint: e.endpoint,
        credits: e.credits,
        outcome: e.outcome,
        provider_status: e.providerStatus,
        latency_ms: e.latencyMs,
        search_id: e.searchId,
        user_id: e.userId,
        job_id: e.jobId,
      })),
    )
    .onConflict((oc) => oc.column('request_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

export async function findCreditEntry(db: DB, requestId: string): Promise<CreditEntry | undefined> {
  const row = await db.selectFrom('credit_ledger').selectAll().where('request_id', '=', requestId).executeTakeFirst();
  return row ? toEntry(row) : undefined;
}

export interface CreditTotals {
  readonly credits: number;
  readonly calls: number;
  readonly byEndpoint: Readonly<Record<string, number>>;
}

async function totals(
  db: DB,
  where: { month?: string; searchId?: string; userId?: string; endpoints?: readonly string[] },
): Promise<CreditTotals> {
  let query = db
    .selectFrom('credit_ledger')
    .select(['endpoint', sql<string>`coalesce(sum(credits), 0)`.as('credits'), sql<string>`count(*)`.as('calls')])
    .groupBy('endpoint');
  if (where.month !== undefined) query = query.where('month', '=', where.month);
  if (where.searchId !== undefined) query = query.where('search_id', '=', where.searchId);
  if (where.userId !== undefined) query = query.where('user_id', '=', where.userId);
  if (where.endpoints !== undefined) query = query.where('endpoint', 'in', [...where.endpoints]);
  const rows = await query.execute();
  return {
    credits: rows.reduce((sum, r) => sum + Number(r.credits), 0),
    calls: rows.reduce((sum, r) => sum + Number(r.calls), 0),
    byEndpoint: Object.fromEntries(rows.map((r) => [r.endpoint, Number(r.credits)])),
  };
}

/**
 * Credits recorded against a calendar month (to reconcile with the gateway's Redis ledger); for
 * some endpoints only when given, since each budget line (HasData, hf.chat) counts its own credits.
 */
export function monthlyCreditTotals(db: DB, month: string, endpoints?: readonly string[]): Promise<CreditTotals> {
  return totals(db, { month, ...(endpoints ? { endpoints } : {}) });
}

/** What one search cost, by endpoint. */
export function searchCreditTotals(db: DB, searchId: string): Promise<CreditTotals> {
  return totals(db, { searchId });
}

/** What one user's calls cost, all months together. */
export function userCreditTotals(db: DB, userId: string): Promise<CreditTotals> {
  return totals(db, { userId });
}
