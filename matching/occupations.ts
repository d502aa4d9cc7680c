import { loadOnet } from '../understanding/onet/load';
import type { RelatedOccupations } from './scoring/ats-components';

/** O*NET's related occupations from the shipped extract (loaded once per process). */
export const onetRelatedOccupations: RelatedOccupations = (code) => loadOnet().occupation(code)?.related ?? [];
