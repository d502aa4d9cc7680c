import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * How often each occupation is what a real title means, estimated without labels from the titles
 * of real postings and resumes (scripts/hermes/fit-usage-prior.ts). O*NET lists "Consultant",
 * "Owner" or "Full Stack Engineer" under many occupations, some odd (Industrial-Organizational
 * Psychologists, Urologists, Engineers All Other) and publishes no employment counts to say which
 * is usual; this prior says it.
 */
export const UsagePriorFile = z.object({
  version: z.string(),
  fittedOn: z.string(),
  /** Centred log-probability per O*NET-SOC code; codes absent here get the floor. */
  logPrior: z.record(z.string(), z.number()),
  floor: z.number(),
});
export type UsagePriorFile = z.infer<typeof UsagePriorFile>;

export const USAGE_PRIOR_FILE = path.resolve(__dirname, '..', '..', 'data', 'hermes', 'occupation-usage.json');

/** One value per class, indexed like `classes`; all zero when the file is absent (before the first fit). */
export function usagePrior(classes: readonly string[], file = USAGE_PRIOR_FILE): Float64Array {
  const out = new Float64Array(classes.length);
  if (!fs.existsSync(file)) return out;
  const data = UsagePriorFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  classes.forEach((code, i) => {
    out[i] = data.logPrior[code] ?? data.floor;
  });
  return out;
}
