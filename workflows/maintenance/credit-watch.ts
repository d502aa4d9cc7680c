import { proxyActivities } from '@temporalio/workflow';
import type { MaintenanceActivities } from '../../activities/maintenance';
import type { CreditWatchInput, MaintenanceSummary } from '../../common/vocabulary/maintenance';
import { retryPolicy } from '../retry-policy';
import { runMaintenance } from './run';

// A check that cannot finish soon is worthless: the next one is five minutes away.
const credits = proxyActivities<Pick<MaintenanceActivities, 'checkCredits'>>({
  startToCloseTimeout: '30 seconds',
  retry: retryPolicy({ maximumAttempts: 3, initialInterval: '5 seconds' }),
});

/**
 * The credit watch, every 5 minutes: the gateway checks the 70% and 90% alerts against what the
 * month has spent and sends each once a month; open circuits are reported.
 */
export async function creditWatchWorkflow(input: CreditWatchInput): Promise<MaintenanceSummary> {
  return runMaintenance('credit-watch', input, {}, async () => credits.checkCredits());
}
