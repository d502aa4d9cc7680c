import { chooseRepresentative } from '../ingestion/publication';
import type { DB } from '../store/database';
import {
  deleteEmptyClusters,
  findClusterMembers,
  recordClusterRepresentatives,
  type ClusterMemberRow,
  type ClusterRepresentation,
} from '../store/job-clusters';

/**
 * Re-chooses who represents each of these clusters of duplicate postings and recounts them, then
 * drops clusters nobody is left in. Run whenever members join, change or leave (ingestion's
 * publication step, the purge): a search shows only representatives, so a cluster whose
 * representative left would otherwise vanish from search with its other postings. Returns rows changed.
 */
export async function refreshClusters(db: DB, clusterIds: readonly string[]): Promise<number> {
  if (clusterIds.length === 0) return 0;
  const byCluster = new Map<string, ClusterMemberRow[]>();
  for (const m of await findClusterMembers(db, clusterIds)) {
    const list = byCluster.get(m.clusterId);
    if (list) list.push(m);
    else byCluster.set(m.clusterId, [m]);
  }
  const representations: ClusterRepresentation[] = [...byCluster].map(([clusterId, members]) => ({
    clusterId,
    members,
    representativeId: chooseRepresentative(members.filter((m) => !m.expired)),
  }));
  // A batch's clusters are written together, not one cluster per round trip.
  const changed = await recordClusterRepresentatives(db, representations);
  return changed + (await deleteEmptyClusters(db, clusterIds));
}
