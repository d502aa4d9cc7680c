/**
 * Workflow ids are built from the domain wherever they deduplicate work: there is one
 * `enrich-<jobId>` run at a time across all searches, and a search is addressable by its uuid.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function searchWorkflowId(searchId: string): string {
  if (!UUID.test(searchId)) throw new TypeError(`search id must be a uuid, got "${searchId}"`);
  return `search-${searchId}`;
}

export function searchIdFromWorkflowId(workflowId: string): string | undefined {
  const id = workflowId.startsWith('search-') ? workflowId.slice('search-'.length) : '';
  return UUID.test(id) ? id : undefined;
}

export function enrichWorkflowId(jobId: string): string {
  if (!UUID.test(jobId)) throw new TypeError(`job id must be a uuid, got "${jobId}"`);
  return `enrich-${jobId}`;
}

export function resumeIngestionWorkflowId(resumeId: string): string {
  if (!UUID.test(resumeId)) throw new TypeError(`resume id must be a uuid, got "${resumeId}"`);
  return `resume-${resumeId}`;
}

/** A batch id is derived from its payload (activities/ingestion.ts): the same page, the same run. */
export function ingestionWorkflowId(batchId: string): string {
  if (!/^[a-z]+-[A-Za-z0-9-]{8,200}$/.test(batchId)) throw new TypeError(`not an ingestion batch id: "${batchId}"`);
  return `ingest-${batchId}`;
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** One re-embedding per target model per deployment: a worker restarted mid-way joins the same run. */
export function reembedWorkflowId(prefix: string, targetTag: string): string {
  return `${prefix}maintenance-reembed-${targetTag}`;
}
