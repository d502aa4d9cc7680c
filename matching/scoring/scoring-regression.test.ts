import crypto from 'node:crypto';
import { loadConfig } from '../../common/config';
import { onetRelatedOccupations } from '../occupations';
import { scoreMatch, type ScoringWeights } from './composite';
import { generatedPairs } from './test-fixtures';

/**
 * Every figure and every sentence of a score, for 600 generated profile/posting pairs, pinned by
 * digest (the snapshot was recorded from the scorer before reasons became lazy). Any change to what
 * a person sees, a score, a weight, a point or a word, fails here; an intended change of the
 * scoring updates the snapshot (`npx jest -u`) in the same commit that explains it.
 */

const defaults: ScoringWeights = loadConfig({
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
}).matching.weights;

const WEIGHTS: Record<string, ScoringWeights> = {
  defaults,
  'semantic-heavy, no freshness': { ...defaults, ats: 0.2, semantic: 0.8, freshnessBoost: 0 },
  'skills and location only': {
    ...defaults,
    atsComponents: { skills: 3, occupation: 0, experience: 0, education: 0, seniority: 0, location: 1 },
  },
};

const digest = (value: unknown): string =>
  crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

describe.each(Object.keys(WEIGHTS))('scores and reasons of 200 generated pairs, weights: %s', (name) => {
  it('are exactly what they were', () => {
    const weights = WEIGHTS[name] as ScoringWeights;
    const digests = generatedPairs(200, 7).map((input) => digest(scoreMatch(input, weights, onetRelatedOccupations)));
    expect(digests).toMatchSnapshot();
  });
});
