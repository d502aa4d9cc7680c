/**
 * The HasData endpoints Hirehound calls; each has its own credit cost, token bucket and circuit.
 * The gateway and the simulator speak them, and the configuration validates per-endpoint settings
 * (GATEWAY_RATE_LIMITS) against them when a process starts, so they sit here at the bottom layer,
 * free of zod.
 */
export const HASDATA_ENDPOINTS = [
  'indeed.listing',
  'indeed.job',
  'glassdoor.listing',
  'glassdoor.job',
  'web.scrape',
] as const;

export type HasDataEndpoint = (typeof HASDATA_ENDPOINTS)[number];
