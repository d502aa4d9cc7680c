import type { z } from 'zod';
import type * as requests from '../../../api/contract/requests';
import type * as responses from '../../../api/contract/responses';
import type { SearchFilters as SearchFiltersSchema } from '../../../api/search-schemas';

/**
 * The API's bodies as the web app reads and sends them, derived from the route registry's own
 * schemas (type-only: nothing of the server reaches the bundle), so a change to the contract that
 * the app does not follow fails `npm run check`.
 */
export type Me = z.output<typeof responses.Me>;
export type SearchProgress = z.output<typeof responses.SearchProgress>;
export type ResultsPage = z.output<typeof responses.ResultsPage>;
export type SearchResult = ResultsPage['items'][number];
export type ResultJob = SearchResult['job'];
export type SearchView = z.output<typeof responses.SearchView>;
export type StartedSearch = z.output<typeof responses.StartedSearch>;
export type RerankedSearch = z.output<typeof responses.RerankedSearch>;
export type ResumeView = z.output<typeof responses.ResumeView>;
export type JobView = z.output<typeof responses.JobView>;
export type CreditsView = z.output<typeof responses.CreditsView>;
export type SearchList = z.output<typeof responses.SearchList>;
export type SearchSummary = SearchList['items'][number];
export type AdminSearchList = z.output<typeof responses.AdminSearchList>;
export type AdminSearchSummary = AdminSearchList['items'][number];
export type Tailoring = z.output<typeof responses.TailoringView>;

export type StartSearchRequest = z.input<typeof requests.StartSearchBody>;
export type ResumeCorrection = z.input<typeof requests.ResumeCorrectionBody>;
export type TailorResumeRequest = z.input<typeof requests.TailorResumeBody>;
export type SearchFilters = z.input<typeof SearchFiltersSchema>;
