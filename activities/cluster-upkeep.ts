import { chooseRepresentative } from '../ingestion/publication';
import type { DB } from '../store/database';
import { deleteEmptyClusters, findClusterMembers, recordClusterRepresentative } from '../store/job-clusters';

/**
 * Re-chooses who represents each of these clusters of duplicate postings and recounts them, then
 * drops clusters nobody is left in. Run whenever members join, change or leave (ingestion's
 * publication step, the purge): a search shows only representatives, so a cluster whose
 * representative left would otherwise vanish from search with its other postings. Returns rows changed.
 */
export async function refreshClusters(db: DB, clusterIds: readonly string[]): Promise<number> {
  if (clusterIds.length === 0) return 0;
  let changed = 0;
  const members = await findClusterMembers(db, clusterIds);
  for (const clusterId of clusterIds) {
    const inCluster = members.filter((m) => m.clusterId === clusterId);
    if (inCluster.length === 0) continue;
    const representative = chooseRepresentative(inCluster.filter((m) => !m.expired));
    changed += await recordClusterRepresentative(db, clusterId, inCluster, representative);
  }
  return changed + (await deleteEmptyClusters(db, clusterIds));
}
