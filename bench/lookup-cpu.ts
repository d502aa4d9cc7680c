import { sql } from 'kysely';
import { profileCandidateQuery, rankCandidates, scoreCandidates } from '../matching/cache-lookup';
import { createEmbedder } from '../matching/embeddings/create-embedder';
import { onetRelatedOccupations } from '../matching/occupations';
import { createDatabase } from '../store/database';
import { findCacheCandidates } from '../store/jobs';
import { findMatchingProfile, type MatchingProfile } from '../store/profiles';
import { benchConfig } from './config';
import { cpuMsByTree } from './process-cpu';
import { mean, round } from './stats';

/**
 * The cache lookup alone, without the rest of a search: `findCacheCandidates` for the stored
 * resumes of a database bench:search left behind (its PostgreSQL under
 * .data/bench/search-stack/pg, started again by hand), one call after another, and what each call
 * costs PostgreSQL's backend (from /proc) and this process; then the composite scoring of the
 * candidates found, in process. A change to the lookup's SQL or decoding shows here within a
 * millisecond, where bench:search's per-search figures move by more than that with the machine's
 * load.
 *
 *   node --import tsx bench/lookup-cpu.ts <database-url> [calls] [--recall]
 *
 * With `--recall` it also says how much of each profile's best 20 by the composite score over all
 * fresh jobs (scored one by one, the reference) the lookup's candidates hold
 * (`composite_top20_recall`): what candidate generation costs the ranking a person sees.
 *
 * Environment: the MATCHING_* settings (candidates, ef_search, occupation candidates) and the
 * EMBEDDINGS_* settings the stored vectors were made with (`EMBEDDINGS_PROVIDER=hash` for
 * bench:search's 100k cache). One JSON line on stdout.
 */
async function main(): Promise<void> {
  const withRecall = process.argv.includes('--recall');
  const [url, callsArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!url) throw new Error('usage: lookup-cpu <database-url> [calls] [--recall]');
  const calls = Number(callsArg ?? 100);
  const config = benchConfig();
  // The embedder names the stored vectors' model and calibrates the cosine; it embeds nothing here.
  const { embedder } = await createEmbedder(config.embeddings);
  const { tag, calibration } = embedder;
  await embedder.close();
  const db = createDatabase({ url, poolSize: 1, statementTimeoutMs: 60_000, applicationName: 'bench-lookup-cpu' });
  try {
    const ids = await sql<{ id: string }>`SELECT id FROM resumes WHERE embedding_model = ${tag} ORDER BY id LIMIT 40`
      .execute(db)
      .then((r) => r.rows.map((row) => row.id));
    const profiles = (await Promise.all(ids.map((id) => findMatchingProfile(db, id)))).filter(
      (p): p is MatchingProfile & { embedding: Float32Array } => p?.embedding != null,
    );
    if (profiles.length === 0) throw new Error(`no resume embedded with ${tag} in that database`);
    // One connection in the pool: every call runs on this backend.
    const { pid } = (await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db)).rows[0]!;
    const now = new Date();
    const lookup = (i: number) => {
      const profile = profiles[i % profiles.length]!;
      return findCacheCandidates(
        db,
        profileCandidateQuery(profile.features, profile.embedding, {
          settings: config.matching,
          modelTags: [tag],
          filters: {},
          now,
        }),
      );
    };
    for (let i = 0; i < 10; i++) await lookup(i);
    const backend = (): number => cpuMsByTree({ pg: pid }).pg ?? 0;
    const own = (): number => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    const pg0 = backend();
    const node0 = own();
    const found = [];
    for (let i = 0; i < calls; i++) found.push((await lookup(i)).candidates);
    const pgMs = (backend() - pg0) / calls;
    const nodeMs = (own() - node0) / calls;

    const context = {
      calibration,
      settings: config.matching,
      related: onetRelatedOccupations,
      now,
    };
    for (const [i, candidates] of found.slice(0, 10).entries()) {
      scoreCandidates(profiles[i % profiles.length]!.features, candidates, context);
    }
    const score0 = own();
    for (const [i, candidates] of found.entries()) {
      scoreCandidates(profiles[i % profiles.length]!.features, candidates, context);
    }
    const scoreMs = (own() - score0) / calls;

    let recall: number | null = null;
    if (withRecall) {
      const ranking = { ...context, settings: { ...config.matching, results: 20 } };
      const shares: number[] = [];
      for (const [i, profile] of profiles.slice(0, calls).entries()) {
        const all = await findCacheCandidates(db, {
          embedding: profile.embedding,
          modelTags: [tag],
          filters: {},
          freshnessDays: config.matching.freshnessDays,
          now,
          limit: 1_000_000,
          efSearch: config.matching.efSearch,
          maxScanTuples: config.matching.maxScanTuples,
          exact: true,
        });
        const best = new Set(rankCandidates(profile.features, all.candidates, ranking).map((r) => r.jobId));
        const mine = rankCandidates(profile.features, found[i]!, ranking);
        shares.push(best.size === 0 ? 1 : mine.filter((r) => best.has(r.jobId)).length / best.size);
        process.stderr.write(`[lookup-cpu] reference rankings ${i + 1}/${Math.min(calls, profiles.length)}\r`);
      }
      process.stderr.write('\n');
      recall = round(mean(shares), 3);
    }
    process.stdout.write(
      `${JSON.stringify({
        bench: 'lookup-cpu',
        calls,
        candidates: round(found.reduce((s, c) => s + c.length, 0) / calls, 1),
        ef_search: config.matching.efSearch,
        occupation_candidates: config.matching.occupationCandidates,
        postgres_cpu_ms_per_lookup: round(pgMs, 2),
        node_cpu_ms_per_lookup: round(nodeMs, 2),
        scoring_cpu_ms_per_ranking: round(scoreMs, 2),
        composite_top20_recall: recall,
      })}\n`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`lookup-cpu failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
