import { z } from 'zod';
import { HardFilters } from '../matching/filters';
import type { SearchQuery as SearchQueryType } from '../workflows/search/model';

/** Request schemas of the search API (kept out of the workflow bundle: see workflows/search/model.ts). */
export const SearchFilters = HardFilters;

export const SearchQuery = z
  .object({
    keyword: z.string().trim().min(1).max(200),
    location: z.string().trim().min(1).max(120).optional(),
  })
  .strict();

// The parsed request is exactly the workflow's query type.
const _sameQuery: (q: z.infer<typeof SearchQuery>) => SearchQueryType = (q) => q;
void _sameQuery;
