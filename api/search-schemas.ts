import { z } from 'zod';
import { REMOTE_TYPES } from '../common/vocabulary/jobs';
import {
  CURRENCY_CODE,
  FILTER_DEFAULTS,
  LOCATION_FILTER_MAX_LENGTH,
  MAX_ANNUAL_SALARY,
  SEARCH_KEYWORD_MAX_LENGTH,
  SEARCH_LOCATION_MAX_LENGTH,
  type SearchFilterKey,
  type SearchFilters as SearchFiltersType,
  type SearchQuery as SearchQueryType,
} from '../common/vocabulary/search';

/**
 * Request schemas of the search API (zod at the boundary), built from the search vocabulary
 * (common/vocabulary/search.ts) and checked against its types: a parsed request is exactly what
 * the workflow and the store take. The plain guard the workflow validates filter changes with
 * (common/vocabulary/search-filters-guard.ts) accepts the same filters without a schema library.
 */

/** The hard filters as they arrive from a search request. */
export const SearchFilters = z
  .object({
    remoteTypes: z.array(z.enum(REMOTE_TYPES)).min(1).max(REMOTE_TYPES.length).optional(),
    minAnnualSalary: z
      .object({
        amount: z.number().positive().max(MAX_ANNUAL_SALARY),
        currency: z.string().regex(CURRENCY_CODE).optional(),
        includeUnknown: z.boolean().default(FILTER_DEFAULTS.includeUnknown),
      })
      .optional(),
    visaSponsorship: z.object({ includeUnknown: z.boolean().default(FILTER_DEFAULTS.includeUnknown) }).optional(),
    location: z
      .object({
        text: z.string().trim().min(1).max(LOCATION_FILTER_MAX_LENGTH),
        includeRemote: z.boolean().default(FILTER_DEFAULTS.includeRemote),
      })
      .optional(),
  } satisfies Record<SearchFilterKey, z.ZodType>)
  .strict() satisfies z.ZodType<SearchFiltersType>;

export const SearchQuery = z
  .object({
    keyword: z.string().trim().min(1).max(SEARCH_KEYWORD_MAX_LENGTH),
    location: z.string().trim().min(1).max(SEARCH_LOCATION_MAX_LENGTH).optional(),
  } satisfies Record<keyof SearchQueryType, z.ZodType>)
  .strict() satisfies z.ZodType<SearchQueryType>;
