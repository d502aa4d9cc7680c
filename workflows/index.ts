/**
 * Every workflow the workers run, for `workflowsPath`. Deterministic code only: no Node modules,
 * no clients, no environment; activities are reached through proxyActivities by type.
 */
export { searchWorkflow } from './search/workflow';
export { enrichJobWorkflow } from './enrich/workflow';
export { resumeIngestionWorkflow } from './resume-ingestion/workflow';
export { ingestPostingsWorkflow } from './ingestion/workflow';
