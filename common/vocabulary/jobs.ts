/**
 * The words a job posting is described with, from the provider's answer (gateway/) through the
 * analysis (understanding/) to the jobs table (schema/, store/) and a search's hard filters.
 * Values are `as const` lists (zod schemas and guards build on them); types derive from them.
 */

/** Where the work happens; `unknown` when the posting does not say. */
export const REMOTE_TYPES = ['remote', 'hybrid', 'onsite', 'unknown'] as const;
export type RemoteType = (typeof REMOTE_TYPES)[number];

/** The period a posted salary is quoted per. */
export const SALARY_PERIODS = ['year', 'month', 'week', 'day', 'hour'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];
