import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributePair } from '@temporalio/common';

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

/**
 * What a search's attributes say when it starts (cache phase, nothing spent). The API sets them in
 * the start request itself, so the run records them with its start instead of in an upsert of
 * its own; the search workflow upserts them only for runs started without them.
 */
export function searchAttributesAtStart(search: {
  readonly userId: string;
  readonly tier: string;
}): SearchAttributePair[] {
  return [
    { key: UserIdAttribute, value: search.userId },
    { key: UserTierAttribute, value: search.tier },
    { key: SearchPhaseAttribute, value: 'cache' },
    { key: CreditsUsedAttribute, value: 0 },
    { key: DiscoveryTriggeredAttribute, value: false },
  ];
}
