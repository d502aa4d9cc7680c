import { z } from 'zod';
import type { HardFilters as StoreHardFilters } from '../store/jobs';

/** The hard filters as they arrive from the search request (zod at the boundary). */
export const HardFilters = z
  .object({
    remoteTypes: z
      .array(z.enum(['remote', 'hybrid', 'onsite', 'unknown']))
      .min(1)
      .optional(),
    minAnnualSalary: z
      .object({
        // Above any real salary: a larger number is a mistake, not a filter.
        amount: z.number().positive().max(5_000_000),
        currency: z
          .string()
          .regex(/^[A-Za-z]{3}$/)
          .optional(),
        includeUnknown: z.boolean().default(false),
      })
      .optional(),
    visaSponsorship: z.object({ includeUnknown: z.boolean().default(false) }).optional(),
    location: z
      .object({ text: z.string().trim().min(1).max(200), includeRemote: z.boolean().default(true) })
      .optional(),
  })
  .strict();

export type HardFilters = z.infer<typeof HardFilters>;

/** The parsed filters are what the store's query takes; this identity makes the compiler check it. */
export function storeFilters(filters: HardFilters): StoreHardFilters {
  return filters;
}
