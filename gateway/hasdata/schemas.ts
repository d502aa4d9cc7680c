import { z } from 'zod';

/**
 * HasData's response bodies as docs/hasdata.md#endpoints documents them. Only what the gateway reads is required;
 * everything else may be missing (several fields are unconfirmed: docs/hasdata.md#unconfirmed-details) and unknown
 * keys are ignored. Numbers may arrive as strings (third parties report it), so they are read leniently.
 */

const looseNumber = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

export const RequestMetadata = z.object({
  id: z.string().nullish(),
  status: z.string(),
  url: z.string().nullish(),
});

const IndeedSalary = z.object({
  min: looseNumber.nullish(),
  max: looseNumber.nullish(),
  type: z.string().nullish(),
});

export const IndeedListingBody = z.object({
  requestMetadata: RequestMetadata,
  searchInformation: z.object({ totalResults: looseNumber.nullish() }).nullish(),
  jobs: z.array(
    z.object({
      title: z.string(),
      company: z.string().nullish(),
      location: z.string().nullish(),
      url: z.string(),
      jobKey: z.string().nullish(),
      description: z.string().nullish(),
      sponsored: z.boolean().nullish(),
      date: z.string().nullish(),
      isoDate: z.string().nullish(),
      details: z.array(z.string()).nullish(),
      benefits: z.array(z.string()).nullish(),
      salary: IndeedSalary.nullish(),
    }),
  ),
  pagination: z.object({ nextPage: z.string().nullish() }).nullish(),
});
export type IndeedListingBody = z.infer<typeof IndeedListingBody>;

export const IndeedJobBody = z.object({
  requestMetadata: RequestMetadata,
  title: z.string(),
  company: z.string().nullish(),
  location: z.string().nullish(),
  details: z.object({ jobType: z.array(z.string()).nullish(), workSetting: z.array(z.string()).nullish() }).nullish(),
  salary: IndeedSalary.nullish(),
  description: z.string(),
  descriptionHtml: z.string().nullish(),
});
export type IndeedJobBody = z.infer<typeof IndeedJobBody>;

const GlassdoorSalary = z.object({
  period: z.string().nullish(),
  min: looseNumber.nullish(),
  median: looseNumber.nullish(),
  max: looseNumber.nullish(),
  source: z.string().nullish(),
});

export const GlassdoorListingBody = z.object({
  requestMetadata: RequestMetadata,
  searchInformation: z.object({ totalResults: looseNumber.nullish() }).nullish(),
  jobs: z.array(
    z.object({
      id: z.union([z.number(), z.string()]),
      title: z.string(),
      url: z.string(),
      location: z.string().nullish(),
      ageInDays: looseNumber.nullish(),
      sponsored: z.boolean().nullish(),
      skills: z.array(z.string()).nullish(),
      description: z.string().nullish(),
      salary: GlassdoorSalary.extend({ currency: z.string().nullish() }).nullish(),
      employer: z.object({ name: z.string().nullish() }).nullish(),
    }),
  ),
  pagination: z.object({ otherPages: z.record(z.string(), z.string()).nullish() }).nullish(),
});
export type GlassdoorListingBody = z.infer<typeof GlassdoorListingBody>;

export const GlassdoorJobBody = z.object({
  requestMetadata: RequestMetadata,
  job: z.object({
    title: z.string(),
    employer: z.object({ name: z.string().nullish() }).nullish(),
    address: z
      .object({ city: z.string().nullish(), region: z.string().nullish(), country: z.string().nullish() })
      .nullish(),
    salary: GlassdoorSalary.extend({ payCurrency: z.string().nullish() }).nullish(),
    datePosted: z.string().nullish(),
    ageInDays: looseNumber.nullish(),
    expired: z.boolean().nullish(),
    description: z.string(),
    descriptionHtml: z.string().nullish(),
  }),
});
export type GlassdoorJobBody = z.infer<typeof GlassdoorJobBody>;

export const WebScrapeBody = z.object({
  requestMetadata: RequestMetadata,
  statusCode: looseNumber,
  content: z.string().nullish(),
  html: z.string().nullish(),
  text: z.string().nullish(),
  markdown: z.string().nullish(),
});
export type WebScrapeBody = z.infer<typeof WebScrapeBody>;

/** Every error body shape HasData's own SDKs handle (docs/hasdata.md#error-bodies), to quote its message. */
export const ErrorBody = z.object({
  message: z.string().nullish(),
  error: z.string().nullish(),
  errors: z.array(z.object({ message: z.string().nullish() }).or(z.string())).nullish(),
});
