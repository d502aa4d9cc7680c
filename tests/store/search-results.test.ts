import crypto from 'node:crypto';
import type { SearchProgress, SearchResultItem } from '../../common/vocabulary/search';
import { findSearchById, findSearchResults, persistSearchResults } from '../../store/searches';
import { createUser } from '../../store/users';
import { createTestDatabase, uniquePrefix, type TestDatabase } from '../harness/services';
import { insertKeywordSearch, snapshotOf } from './search-fixtures';

/**
 * A search's answer is written in one statement: its shown results and its final snapshot land
 * together or not at all, and a later answer replaces the earlier one rank by rank.
 */
describe('persisting a search answer', () => {
  let t: TestDatabase;
  let userId: string;
  beforeAll(async () => {
    t = await createTestDatabase({ poolSize: 4 });
    userId = (await createUser(t.db, { email: `${uniquePrefix('answers')}@example.com`, tier: 'paid' })).user.id;
  });
  afterAll(async () => {
    await t.drop();
  });

  const newSearch = (): Promise<string> => insertKeywordSearch(t.db, userId, 'pastry chef');
  const progress = (searchId: string, version: number, status: SearchProgress['status']): SearchProgress =>
    snapshotOf(searchId, { status, version });

  const result = (rank: number, title: string, score: number): SearchResultItem => ({
    rank,
    score,
    ats: score - 5,
    semantic: 0.7,
    freshness: 1,
    reasons: { title: { matched: title } },
    job: {
      id: crypto.randomUUID(),
      title,
      company: 'Le Comptoir',
      location: 'Lyon, France',
      remoteType: 'onsite',
      url: `https://example.com/jobs/${rank}`,
      salary: null,
      postedAt: null,
      enriched: false,
    },
  });

  it('writes the shown results and the final snapshot together', async () => {
    const searchId = await newSearch();
    const shown = [result(1, 'Pastry Chef', 91), result(2, 'Pastry Cook', 84), result(3, 'Baker', 77)];
    await persistSearchResults(t.db, progress(searchId, 1, 'completed'), shown);

    expect(await findSearchResults(t.db, searchId, 0, 10)).toEqual(shown);
    const row = await t.db.selectFrom('searches').selectAll().where('id', '=', searchId).executeTakeFirstOrThrow();
    expect(row.status).toBe('completed');
    expect(row.phase).toBe('done');
    expect(row.completed_at).not.toBeNull();
  });

  it('replaces an earlier answer rank by rank and drops the ranks no longer shown', async () => {
    const searchId = await newSearch();
    await persistSearchResults(t.db, progress(searchId, 1, 'running'), [
      result(1, 'Pastry Cook', 80),
      result(2, 'Baker', 75),
      result(3, 'Line Cook', 60),
    ]);
    const later = [result(1, 'Pastry Chef', 93), result(2, 'Pastry Cook', 81)];
    await persistSearchResults(t.db, progress(searchId, 2, 'completed'), later);

    expect(await findSearchResults(t.db, searchId, 0, 10)).toEqual(later);
    expect((await findSearchById(t.db, searchId))?.id).toBe(searchId);
  });

  it('clears every result when the answer is empty', async () => {
    const searchId = await newSearch();
    await persistSearchResults(t.db, progress(searchId, 1, 'running'), [result(1, 'Baker', 70)]);
    await persistSearchResults(t.db, progress(searchId, 2, 'cancelled'), []);

    expect(await findSearchResults(t.db, searchId, 0, 10)).toEqual([]);
    const row = await t.db.selectFrom('searches').select('status').where('id', '=', searchId).executeTakeFirstOrThrow();
    expect(row.status).toBe('cancelled');
  });

  it('says which write ended the search: the first to leave running, never a retry or a later truth', async () => {
    const searchId = await newSearch();
    const shown = [result(1, 'Pastry Chef', 91)];
    expect(await persistSearchResults(t.db, progress(searchId, 1, 'running'), shown)).toEqual({ ended: false });
    expect(await persistSearchResults(t.db, progress(searchId, 2, 'completed'), shown)).toEqual({ ended: true });
    // The same answer again (a retried activity) and a cancellation written over it both end nothing.
    expect(await persistSearchResults(t.db, progress(searchId, 2, 'completed'), shown)).toEqual({ ended: false });
    expect(await persistSearchResults(t.db, progress(searchId, 3, 'cancelled'), [])).toEqual({ ended: false });
    const row = await t.db.selectFrom('searches').select('status').where('id', '=', searchId).executeTakeFirstOrThrow();
    expect(row.status).toBe('cancelled');
    // An empty answer that ends a running search is its end.
    const other = await newSearch();
    expect(await persistSearchResults(t.db, progress(other, 1, 'failed'), [])).toEqual({ ended: true });
  });

  it('keeps the earlier answer whole when the new one cannot be written', async () => {
    const searchId = await newSearch();
    const first = [result(1, 'Pastry Chef', 90), result(2, 'Baker', 70)];
    await persistSearchResults(t.db, progress(searchId, 1, 'running'), first);
    // Rank 0 breaks the table's check: the statement fails as a whole.
    const broken = [result(1, 'Pastry Cook', 88), result(0, 'Line Cook', 50)];
    await expect(persistSearchResults(t.db, progress(searchId, 2, 'completed'), broken)).rejects.toThrow(
      /search_results_rank_check|violates check constraint/,
    );

    expect(await findSearchResults(t.db, searchId, 0, 10)).toEqual(first);
    const row = await t.db.selectFrom('searches').select('status').where('id', '=', searchId).executeTakeFirstOrThrow();
    expect(row.status).toBe('running');
  });
});
