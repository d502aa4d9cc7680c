import { proxyActivities } from '@temporalio/workflow';
import type { MaintenanceActivities } from '../../activities/maintenance';
import type { AnalyticsRollupInput, MaintenanceSummary } from '../../common/vocabulary/maintenance';
import { retryPolicy } from '../retry-policy';
import { runMaintenance } from './run';

const database = proxyActivities<Pick<MaintenanceActivities, 'rollUpAnalytics'>>({
  startToCloseTimeout: '10 minutes',
  retry: retryPolicy({ maximumAttempts: 5, initialInterval: '10 seconds' }),
});

/** The hourly analytics roll-up, served by GET /v1/admin/analytics. */
export async function analyticsRollupWorkflow(input: AnalyticsRollupInput): Promise<MaintenanceSummary> {
  return runMaintenance('analytics-rollup', input, {}, async () => database.rollUpAnalytics());
}
