import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * Custom search attributes that let engineers filter runs in the Temporal UI, e.g.
 * `UserTier = 'paid' AND DiscoveryTriggered = true`. Imported by workflows (deterministic: only
 * @temporalio/common here) and registered with the server by temporal/registration.ts.
 */
export const UserIdAttribute = defineSearchAttributeKey('UserId', SearchAttributeType.KEYWORD);
export const UserTierAttribute = defineSearchAttributeKey('UserTier', SearchAttributeType.KEYWORD);
export const SearchPhaseAttribute = defineSearchAttributeKey('SearchPhase', SearchAttributeType.KEYWORD);
export const CreditsUsedAttribute = defineSearchAttributeKey('CreditsUsed', SearchAttributeType.INT);
export const DiscoveryTriggeredAttribute = defineSearchAttributeKey('DiscoveryTriggered', SearchAttributeType.BOOL);

export const SEARCH_ATTRIBUTES = [
  UserIdAttribute,
  UserTierAttribute,
  SearchPhaseAttribute,
  CreditsUsedAttribute,
  DiscoveryTriggeredAttribute,
] as const;
