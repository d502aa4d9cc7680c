/**
 * Why the gateway did not call the paid provider (such a call costs nothing). Its credit
 * governance refuses for the first four; `unavailable` is the gateway failing closed because the
 * governance itself (Redis) cannot be reached. The gateway's contract, its governor and the search
 * vocabulary (live-search-unavailable reasons) are all built from these lists.
 */
export const GOVERNANCE_REFUSAL_REASONS = [
  'budget_exhausted',
  'user_cap_reached',
  'circuit_open',
  'rate_limited',
] as const;
export type GovernanceRefusalReason = (typeof GOVERNANCE_REFUSAL_REASONS)[number];

export const GATEWAY_REFUSAL_REASONS = [...GOVERNANCE_REFUSAL_REASONS, 'unavailable'] as const;
export type GatewayRefusalReason = (typeof GATEWAY_REFUSAL_REASONS)[number];

/**
 * Refusals that pass with time (the rate window refills, the circuit's cool-down ends), so a
 * workflow may wait them out; a spent budget or daily cap lasts until the month or day ends.
 */
export function isTransientRefusal(reason: string): boolean {
  return reason === 'rate_limited' || reason === 'circuit_open';
}
