/**
 * Every workflow the workers run, for `workflowsPath`. Deterministic code only: no Node modules,
 * no clients, no environment; activities are reached through proxyActivities by type.
 */
export { searchWorkflow } from './search/workflow';
export { enrichJobWorkflow } from './enrich/workflow';
export { resumeIngestionWorkflow } from './resume-ingestion/workflow';
export { purgeWorkflow } from './maintenance/purge';
export { staleEnrichmentWorkflow, enrichmentRetryWorkflow } from './maintenance/stale-enrichment';
export { creditWatchWorkflow } from './maintenance/credit-watch';
export { indexUpkeepWorkflow } from './maintenance/index-upkeep';
export { objectCleanupWorkflow } from './maintenance/object-cleanup';
export { analyticsRollupWorkflow } from './maintenance/analytics-rollup';
export { reembedJobsWorkflow } from './maintenance/reembed';
export { ingestPostingsWorkflow } from './ingestion/workflow';
