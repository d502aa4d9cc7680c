import { USEFUL_RESULT_TOP_RANK } from '../common/vocabulary/maintenance';
import { rollUpHours } from '../store/analytics';
import type { DB } from '../store/database';
import {
  findIndexBaseline,
  listVectorIndexes,
  measureVectorIndex,
  rebuildIndex,
  recordIndexMeasurement,
  vacuumAnalyze,
  type IndexMeasurementRecord,
} from '../store/index-upkeep';
import { heartbeatWhile } from './heartbeat';

const HOUR_MS = 3_600_000;

/** The tables whose rows churn: jobs come and go daily, searches and the ledger grow. */
const VACUUMED_TABLES = ['jobs', 'archived_jobs', 'searches', 'search_results', 'credit_ledger'] as const;

export interface DatabaseMaintenanceDeps {
  readonly db: DB;
  readonly index: {
    readonly recallSamples: number;
    readonly minRecall: number;
    readonly maxBloat: number;
    /** Measured as searches use the index: their candidate count and hnsw.ef_search. */
    readonly k: number;
    readonly efSearch: number;
  };
  readonly analyticsLookbackHours: number;
  readonly heartbeatEveryMs: number;
  readonly now?: () => Date;
}

/** What the measurement says to do with an index, and why (kept with the measurement). */
export function decideIndexAction(
  measured: { readonly recall: number | null; readonly bloat: number | null },
  limits: { readonly minRecall: number; readonly maxBloat: number },
): { action: 'none' | 'rebuilt'; reason: string } {
  const recall = measured.recall === null ? 'recall not measured (no rows)' : `recall ${measured.recall.toFixed(3)}`;
  const bloat = measured.bloat === null ? 'no bloat baseline yet' : `bloat ${measured.bloat.toFixed(2)}`;
  if (measured.recall !== null && measured.recall < limits.minRecall) {
    return { action: 'rebuilt', reason: `${recall} < ${limits.minRecall}; ${bloat}` };
  }
  if (measured.bloat !== null && measured.bloat > limits.maxBloat) {
    return { action: 'rebuilt', reason: `${bloat} > ${limits.maxBloat}; ${recall}` };
  }
  return { action: 'none', reason: `${recall} ≥ ${limits.minRecall}, ${bloat} ≤ ${limits.maxBloat}` };
}

/** Index upkeep (weekly) and the analytics roll-up (hourly): the database's own housekeeping. */
export function createDatabaseMaintenanceActivities(deps: DatabaseMaintenanceDeps) {
  const now = (): Date => deps.now?.() ?? new Date();

  return {
    async vacuumTables(): Promise<{ tables: readonly string[] }> {
      await heartbeatWhile(
        deps.heartbeatEveryMs,
        () => ({ vacuuming: VACUUMED_TABLES }),
        () => vacuumAnalyze(deps.db, VACUUMED_TABLES),
      );
      return { tables: VACUUMED_TABLES };
    },

    async listJobVectorIndexes(): Promise<string[]> {
      return (await listVectorIndexes(deps.db, 'jobs')).map((i) => i.name);
    },

    /**
     * Measure, then act: recall against exact search on sample queries and bytes per indexed row
     * against the size right after the last build; a rebuild only when one passes its threshold.
     * The measurement is recorded either way.
     */
    async maintainVectorIndex({ name }: { name: string }): Promise<IndexMeasurementRecord> {
      const started = performance.now();
      const index = (await listVectorIndexes(deps.db, 'jobs')).find((i) => i.name === name);
      if (!index) throw new Error(`no HNSW index ${name} on jobs`);
      const measurement = await heartbeatWhile(
        deps.heartbeatEveryMs,
        () => ({ measuring: name }),
        () =>
          measureVectorIndex(deps.db, index, {
            samples: deps.index.recallSamples,
            k: deps.index.k,
            efSearch: deps.index.efSearch,
          }),
      );
      const bytesPerRow = measurement.indexedRows > 0 ? measurement.sizeBytes / measurement.indexedRows : null;
      const baseline = await findIndexBaseline(deps.db, name);
      const bloat = bytesPerRow !== null && baseline !== null && baseline > 0 ? bytesPerRow / baseline - 1 : null;
      const decision = decideIndexAction({ recall: measurement.recall, bloat }, deps.index);
      const rebuiltSizeBytes =
        decision.action === 'rebuilt'
          ? await heartbeatWhile(
              deps.heartbeatEveryMs,
              () => ({ rebuilding: name }),
              () => rebuildIndex(deps.db, name),
            )
          : null;
      const record: IndexMeasurementRecord = {
        indexName: name,
        measurement,
        k: deps.index.k,
        efSearch: deps.index.efSearch,
        bytesPerRow,
        // The first measurement of an index is its baseline.
        baselineBytesPerRow: baseline ?? bytesPerRow,
        bloat,
        action: decision.action,
        reason: decision.reason,
        rebuiltSizeBytes,
        durationMs: performance.now() - started,
      };
      await recordIndexMeasurement(deps.db, record);
      return record;
    },

    /** Recomputes the last `analyticsLookbackHours` whole hours, this one included. */
    async rollUpAnalytics(): Promise<{ hours: number; from: string; to: string }> {
      const end = now();
      const from = new Date(Math.floor((end.getTime() - deps.analyticsLookbackHours * HOUR_MS) / HOUR_MS) * HOUR_MS);
      const to = new Date(Math.floor(end.getTime() / HOUR_MS) * HOUR_MS + HOUR_MS);
      const { hours } = await rollUpHours(deps.db, { from, to, usefulTopRank: USEFUL_RESULT_TOP_RANK });
      return { hours, from: from.toISOString(), to: to.toISOString() };
    },
  };
}

export type DatabaseMaintenanceActivities = ReturnType<typeof createDatabaseMaintenanceActivities>;
