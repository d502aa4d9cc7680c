import type { Kysely } from 'kysely';

/**
 * Which `enrich-<jobId>` run fetched a job's full text, and what it paid: when an activity is
 * retried after a crash and finds the job already enriched by its own run, it reports that cost
 * instead of zero, so the search's credits keep matching the ledger.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('jobs')
    .addColumn('enrichment_run_id', 'text')
    .addColumn('enrichment_credits', 'integer')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('jobs').dropColumn('enrichment_run_id').dropColumn('enrichment_credits').execute();
}
