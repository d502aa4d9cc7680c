import { z } from 'zod';
import { GLASSDOOR_DOMAINS, INDEED_DOMAINS } from '../common/board-sites';

/**
 * The parameters each simulated endpoint accepts, as docs/hasdata.md#endpoints lists them. Anything else is a 422,
 * which is what HasData answers to parameters that fail validation.
 */

const text = z.string().trim().min(1).max(500);
const booleanText = z.enum(['true', 'false']).transform((v) => v === 'true');
const intText = (values?: readonly number[]) =>
  z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .refine((n) => !values || values.includes(n), { message: `must be one of ${values?.join(', ')}` });

export const IndeedListingParams = z.object({
  keyword: text,
  location: text,
  sort: z.enum(['relevance', 'date']).default('relevance'),
  domain: z
    .string()
    .refine((d) => INDEED_DOMAINS.includes(d), { message: 'unknown Indeed domain' })
    .default('www.indeed.com'),
  start: intText().default(0),
});
export type IndeedListingParams = z.infer<typeof IndeedListingParams>;

export const GlassdoorListingParams = z
  .object({
    keyword: text,
    location: text,
    sort: z.enum(['recent', 'relevant']).default('recent'),
    domain: z.enum(GLASSDOOR_DOMAINS).optional(),
    nextPageToken: z.string().min(1).max(4000).optional(),
    datePosted: intText([1, 3, 7, 14, 30]).optional(),
    easyApplyOnly: booleanText.optional(),
    remoteOnly: booleanText.optional(),
    minSalary: intText().optional(),
    maxSalary: intText().optional(),
    minRating: intText([1, 2, 3, 4]).optional(),
    radius: intText([0, 5, 10, 15, 25, 50, 100]).optional(),
  })
  .refine((p) => p.minSalary === undefined || p.maxSalary === undefined || p.maxSalary > p.minSalary, {
    message: 'maxSalary must be greater than minSalary',
    path: ['maxSalary'],
  });
export type GlassdoorListingParams = z.infer<typeof GlassdoorListingParams>;

export const JobParams = z.object({ url: z.string().url().max(2048) });

export const WebScrapeBody = z.object({
  url: z.string().url().max(2048),
  jsRendering: z.boolean().default(true),
  proxyType: z.enum(['datacenter', 'residential']).default('datacenter'),
  proxyCountry: z.enum(['US', 'UK', 'DE', 'IE', 'FR', 'IT', 'SE', 'BR', 'CA', 'JP', 'SG', 'IN', 'ID']).default('US'),
  outputFormat: z
    .array(z.enum(['html', 'text', 'markdown', 'json']))
    .min(1)
    .optional(),
  screenshot: z.boolean().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  blockResources: z.boolean().optional(),
  blockAds: z.boolean().optional(),
  blockUrls: z.array(z.string()).optional(),
  wait: z.number().int().min(0).max(30_000).optional(),
  waitFor: z.string().optional(),
  extractEmails: z.boolean().optional(),
  extractLinks: z.boolean().optional(),
  removeBase64Images: z.boolean().optional(),
});
export type WebScrapeBody = z.infer<typeof WebScrapeBody>;

/** HasData's validation body is VineJS-like: { errors: [{ message, rule, field }] } (docs/hasdata.md#error-bodies). */
export function validationErrors(error: z.ZodError): { errors: { message: string; rule: string; field: string }[] } {
  return {
    errors: error.issues.map((issue) => ({
      message: issue.message,
      rule: issue.code,
      field: issue.path.join('.'),
    })),
  };
}
