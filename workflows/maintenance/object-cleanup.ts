import { proxyActivities } from '@temporalio/workflow';
import type { MaintenanceActivities } from '../../activities/maintenance';
import type { MaintenanceSummary, ObjectCleanupInput } from '../../common/vocabulary/maintenance';
import { retryPolicy } from '../retry-policy';
import { runMaintenance } from './run';

const storage = proxyActivities<Pick<MaintenanceActivities, 'removeOrphanedPayloads'>>({
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '2 minutes',
  retry: retryPolicy({ maximumAttempts: 3, initialInterval: '1 minute' }),
});

/** The weekly object-store cleanup: payloads no live or archived job refers to are removed. */
export async function objectCleanupWorkflow(input: ObjectCleanupInput): Promise<MaintenanceSummary> {
  return runMaintenance('object-cleanup', input, {}, async () => storage.removeOrphanedPayloads());
}
