import { z } from 'zod';
import { SearchFilters, SearchQuery } from '../search-schemas';

/** The request schemas of the public API: what the mount parses before a handler runs. */

// Named once, so the document refers to them instead of repeating them in every route.
z.globalRegistry.add(SearchQuery, { ...z.globalRegistry.get(SearchQuery), id: 'SearchQuery' });
z.globalRegistry.add(SearchFilters, {
  ...z.globalRegistry.get(SearchFilters),
  id: 'SearchFilters',
  description: 'Hard filters: a job that fails one is never shown.',
});

export const StartSearchBody = z
  .object({
    resumeId: z.uuid().optional().describe('An analysed resume of the caller: matching uses its profile.'),
    query: SearchQuery.optional(),
    filters: SearchFilters.optional(),
    waitMs: z
      .number()
      .int()
      .min(0)
      .max(10_000)
      .optional()
      .describe('How long to wait for the first page before answering without it (ms).'),
  })
  .strict()
  .meta({ id: 'StartSearchRequest', description: 'A keyword, a resume, or both.' });

export const CancelSearchBody = z
  .object({ reason: z.string().trim().max(200).optional().describe('Kept with the search.') })
  .strict()
  .meta({ id: 'CancelSearchRequest' });

export const PageQuery = z
  .object({
    offset: z.coerce.number().int().min(0).max(1000).default(0).describe('Results to skip.'),
    limit: z.coerce.number().int().min(1).max(100).default(20).describe('Results on the page.'),
  })
  .strict();

const idParams = (what: string) => z.object({ id: z.uuid().describe(`The ${what}'s id.`) });
export const SearchIdParams = idParams('search');
export const JobIdParams = idParams('job');
export const ResumeIdParams = idParams('resume');

/** The upload form; multer reads it (api/resumes.ts), this describes it. */
export const ResumeUploadForm = z.object({
  file: z.file().describe('The resume: PDF, DOCX, plain text, Markdown, HTML, PNG, JPEG or TIFF.'),
});

export const TailorResumeBody = z
  .object({ jobId: z.uuid().describe('The job (from search results or GET /v1/jobs/{id}) to tailor the resume to.') })
  .strict()
  .meta({ id: 'TailorResumeRequest' });
