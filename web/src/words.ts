import type { LiveSearchUnavailableReason, SearchPhase } from '../../common/vocabulary/search';
import type { RemoteType } from '../../common/vocabulary/jobs';

/** The app's words for the API's vocabulary. */

export const PHASE_WORDS: Record<SearchPhase, string> = {
  cache: 'Searching our database',
  decide: 'Deciding whether to search job boards live',
  discover: 'Searching job boards for new postings',
  enrich: 'Fetching full descriptions of the best matches',
  rerank: 'Re-ranking with the full descriptions',
  done: 'Done',
};

export const UNAVAILABLE_WORDS: Record<LiveSearchUnavailableReason, string> = {
  budget_exhausted: "This month's budget for live job-board searches is spent, so only our database was searched.",
  user_cap_reached: "You have reached today's limit of live searches, so only our database was searched.",
  circuit_open:
    'The job boards are failing right now, so live search is paused and only our database was searched. Try again later.',
  rate_limited: 'The job boards are busy right now, so live search is paused. Try again in a few minutes.',
  provider_unavailable: 'The job boards cannot be reached right now, so only our database was searched.',
};

export const REMOTE_WORDS: Record<RemoteType, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On-site',
  unknown: 'Workplace not stated',
};

const COMPONENT_WORDS: Record<string, string> = {
  skills: 'Skills',
  occupation: 'Title fit',
  experience: 'Experience',
  education: 'Education',
  seniority: 'Seniority',
  location: 'Location',
  semantic: 'Similar wording',
  freshness: 'Freshness',
};

export function componentWords(name: string): string {
  return COMPONENT_WORDS[name] ?? name;
}

export const STATUS_WORDS: Record<string, string> = {
  running: 'Running',
  completed: 'Finished',
  cancelled: 'Cancelled',
  failed: 'Failed',
};
