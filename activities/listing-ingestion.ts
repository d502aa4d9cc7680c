import type { ListingItem } from '../gateway/contract';
import { listingText } from '../matching/documents';
import type { Embedder } from '../matching/embeddings/embedder';
import type { DB } from '../store/database';
import { findKnownListings, insertJobs, markJobsRediscovered, type NewJob } from '../store/jobs';
import { analysePosting } from '../understanding/analysis/analyse-posting';
import { annualizeSalary } from '../understanding/analysis/salary';
import { normalizeSkills } from '../understanding/skills/taxonomy';

export interface IngestedListings {
  readonly newJobIds: readonly string[];
  readonly refreshedJobIds: readonly string[];
}

/**
 * Discovery's write path for one page of listings: listings already cached (same source id, URL,
 * or title + employer + place) are only marked fresh again; new ones are normalized by Hermes
 * (occupation, skills, seniority, remote type, salary), embedded and stored as `discovered`. The
 * cache is shared by every user, so nothing is dropped for one search's filters: the ranking
 * applies those.
 */
export async function ingestListings(
  deps: { readonly db: DB; readonly embedder: Embedder },
  items: readonly ListingItem[],
  now: Date,
): Promise<IngestedListings> {
  // A listing without a title or URL cannot be shown or enriched; a page may repeat a posting.
  const seen = new Set<string>();
  const usable = items.filter((item) => {
    const key = `${item.source}:${item.externalId}`;
    if (!item.title.trim() || !item.url || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const known = await findKnownListings(
    deps.db,
    usable.map((i) => ({
      source: i.source,
      externalId: i.externalId,
      url: i.url,
      title: i.title,
      companyName: i.company,
      location: i.location,
    })),
  );
  const refreshedJobIds = [...new Set(known.values())];
  await markJobsRediscovered(deps.db, refreshedJobIds, now);

  const fresh = usable.filter((_, index) => !known.has(index));
  if (fresh.length === 0) return { newJobIds: [], refreshedJobIds };
  const vectors = await deps.embedder.embed(
    fresh.map((i) => listingText({ title: i.title, companyName: i.company, location: i.location, snippet: i.snippet })),
  );
  const jobs: NewJob[] = fresh.map((item, index) => {
    const analysed = analysePosting({ title: item.title, description: item.snippet ?? '', location: item.location });
    const salary = item.salary?.currency
      ? annualizeSalary({ ...item.salary, currency: item.salary.currency })
      : analysed.salary;
    return {
      source: item.source,
      externalId: item.externalId,
      url: item.url,
      title: item.title,
      companyName: item.company,
      location: item.location,
      // The board's own workplace label beats words in a two-line snippet.
      remoteType: item.remote !== 'unknown' ? item.remote : analysed.remoteType,
      snippet: item.snippet,
      descriptionText: null,
      salary,
      visaSponsorship: analysed.visaSponsorship,
      // Skills the board lists itself (Glassdoor) count as required, in canonical names.
      skillsRequired: [...new Set([...analysed.skillsRequired, ...normalizeSkills(item.skills)])],
      skillsPreferred: analysed.skillsPreferred,
      yearsRequired: analysed.yearsRequired,
      educationRequired: analysed.educationRequired,
      seniority: analysed.seniority,
      onetCode: analysed.onetCode,
      postedAt: item.postedAt ? new Date(item.postedAt) : null,
      lastDiscoveredAt: now,
      listingEmbedding: { vector: vectors[index] as Float32Array, tag: deps.embedder.tag },
    };
  });
  const newJobIds = await insertJobs(deps.db, jobs);
  return { newJobIds, refreshedJobIds };
}
