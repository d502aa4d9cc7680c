import { planClustering, type ClusteringPosting } from '../../ingestion/cluster-plan';
import { preparePosting } from '../../ingestion/prepare';
import { ACME_BACKEND, posting, REPOST_EDITS, TEST_CONFIG } from './postings';

/**
 * A batch's clustering decisions, taken in memory from what the database answered for the whole
 * batch (activities/ingestion.ts writes them back); the database path is in pipeline.test.ts.
 */

const settings = TEST_CONFIG.ingestion;
const FETCHED = new Date('2026-12-01T00:00:00Z');

function stored(
  id: string,
  input: Parameters<typeof posting>[0],
  state: Partial<Omit<ClusteringPosting, 'id' | 'fingerprint' | 'lshKeys'>> = {},
): ClusteringPosting {
  const p = preparePosting(posting(input), FETCHED);
  return {
    id,
    fingerprint: p.dedup,
    lshKeys: p.lshKeys,
    clusterId: null,
    ingestFingerprint: `fp-${id}`,
    clusteredFingerprint: null,
    sameTextCompanies: 0,
    expired: false,
    ...state,
  };
}

function plan(batch: ClusteringPosting[], stored: ClusteringPosting[] = []) {
  let next = 0;
  const known = [...batch, ...stored];
  return planClustering({
    batch,
    stored,
    members: known.flatMap((p) => (p.clusterId ? [{ id: p.id, clusterId: p.clusterId, keys: p.fingerprint }] : [])),
    thresholds: settings.dedup,
    candidateLimit: settings.candidateLimit,
    newClusterId: () => `new-${++next}`,
  });
}

const clusterOf = (result: ReturnType<typeof plan>, jobId: string) =>
  result.assignments.find((a) => a.jobId === jobId)?.clusterId;

describe('clustering a batch', () => {
  it("meets the batch's earlier postings in the clusters the batch gave them", () => {
    const result = plan([
      stored('a', { externalId: 'a' }),
      stored('b', { externalId: 'b', description: REPOST_EDITS(ACME_BACKEND) }),
      stored('c', { externalId: 'c', title: 'Senior Frontend Engineer' }),
    ]);
    expect(clusterOf(result, 'b')).toBe(clusterOf(result, 'a'));
    expect(clusterOf(result, 'c')).not.toBe(clusterOf(result, 'a'));
    expect(result).toMatchObject({ duplicates: 1, newClusters: ['new-1', 'new-2'] });
    expect(result.assignments.find((a) => a.jobId === 'b')).toMatchObject({
      stage: 'near_duplicate',
      fingerprint: 'fp-b',
    });
  });

  it('gives a posting stored before the pipeline a cluster when a new posting joins it, and rescores it', () => {
    const old = stored('old', { externalId: 'old' }, { ingestFingerprint: null });
    const result = plan([stored('new', { externalId: 'new', source: 'other-board' })], [old]);
    expect(result.adopted).toEqual([{ jobId: 'old', clusterId: 'new-1' }]);
    expect(clusterOf(result, 'new')).toBe('new-1');
    expect(result.rescore).toEqual(['old']);
  });

  it('joins the cluster of a stored posting, and leaves one decided before untouched but counted', () => {
    const original = stored('orig', { externalId: 'orig' }, { clusterId: 'c-1', clusteredFingerprint: 'fp-orig' });
    const decided = stored(
      'done',
      { externalId: 'done', title: 'Data Analyst' },
      { clusterId: 'c-2', clusteredFingerprint: 'fp-done' },
    );
    const repost = stored('repost', { externalId: 'repost', description: REPOST_EDITS(ACME_BACKEND) });
    const result = plan([decided, repost], [original]);
    expect(result.assignments.map((a) => [a.jobId, a.clusterId])).toEqual([['repost', 'c-1']]);
    expect(result.newClusters).toEqual([]);
    expect(new Set(result.clusterIds)).toEqual(new Set(['c-1', 'c-2']));
  });

  it('keeps the cluster of a changed posting alone in it, and leaves a shared one', () => {
    const alone = stored(
      'alone',
      { externalId: 'alone', title: 'Data Analyst' },
      { clusterId: 'c-alone', clusteredFingerprint: 'old' },
    );
    expect(clusterOf(plan([alone]), 'alone')).toBe('c-alone');
    // Its mate is now another role: the changed posting leaves their cluster for a new one.
    const mate = stored(
      'mate',
      { externalId: 'mate', title: 'Staff Accountant' },
      { clusterId: 'c-shared', clusteredFingerprint: 'fp-mate' },
    );
    const changed = stored(
      'changed',
      { externalId: 'changed', title: 'Data Analyst' },
      { clusterId: 'c-shared', clusteredFingerprint: 'old' },
    );
    const result = plan([changed], [mate]);
    expect(clusterOf(result, 'changed')).toBe('new-1');
    expect(new Set(result.clusterIds)).toEqual(new Set(['c-shared', 'new-1']));
  });

  it('raises the count of other employers on every posting of a text, the stored ones and the batch ones', () => {
    const globex = stored(
      'globex',
      { externalId: 'globex', company: 'Globex' },
      { clusterId: 'c-g', clusteredFingerprint: 'fp-globex' },
    );
    const result = plan(
      [stored('acme', { externalId: 'acme' }), stored('initech', { externalId: 'initech', company: 'Initech' })],
      [globex],
    );
    expect(result.duplicates).toBe(0);
    // Acme saw Globex (1); Initech saw Globex and Acme (2) and raised both.
    expect(result.assignments.map((a) => [a.jobId, a.sameTextCompanies])).toEqual([
      ['acme', 2],
      ['initech', 2],
    ]);
    expect(result.raised).toEqual([{ jobId: 'globex', sameTextCompanies: 2 }]);
    expect(new Set(result.rescore)).toEqual(new Set(['globex', 'acme']));
  });
});
