import { proxyActivities } from '@temporalio/workflow';
import type { MaintenanceActivities } from '../../activities/maintenance';
import type { IndexUpkeepInput, MaintenanceSummary } from '../../common/vocabulary/maintenance';
import { retryPolicy } from '../retry-policy';
import { runMaintenance } from './run';

const database = proxyActivities<
  Pick<MaintenanceActivities, 'vacuumTables' | 'listJobVectorIndexes' | 'maintainVectorIndex'>
>({
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '2 minutes',
  retry: retryPolicy({ maximumAttempts: 3, initialInterval: '1 minute' }),
});

/**
 * The weekly index upkeep: VACUUM/ANALYZE, then each vector index measured (recall against exact
 * search, bloat) and rebuilt only when a measurement passes its threshold. Vacuum first, so the
 * measurement sees the index as searches will after it.
 */
export async function indexUpkeepWorkflow(input: IndexUpkeepInput): Promise<MaintenanceSummary> {
  return runMaintenance('index-upkeep', input, {}, async () => {
    await database.vacuumTables();
    const indexes: Record<string, unknown> = {};
    for (const name of await database.listJobVectorIndexes()) {
      const record = await database.maintainVectorIndex({ name });
      indexes[name] = {
        recall: record.measurement.recall,
        bloat: record.bloat,
        action: record.action,
        reason: record.reason,
      };
    }
    return { indexes };
  });
}
