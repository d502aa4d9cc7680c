import { z } from 'zod';
import { isUuid } from '../../temporal/workflow-ids';
import { SEARCH_KEYWORD_MAX_LENGTH, SEARCH_LOCATION_MAX_LENGTH } from '../../common/vocabulary/search';
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

// The ids we issue are versioned uuids, and workflow ids are built only from those
// (temporal/workflow-ids.ts): the nil and max uuids, which z.uuid() also accepts, name nothing.
const idParams = (what: string) =>
  z.object({ id: z.uuid().refine(isUuid, 'not a versioned uuid').describe(`The ${what}'s id.`) });
export const SearchIdParams = idParams('search');
export const JobIdParams = idParams('job');
export const ResumeIdParams = idParams('resume');

/** The upload form; multer reads it (api/resumes.ts), this describes it. */
export const ResumeUploadForm = z.object({
  file: z.file().describe('The resume: PDF, DOCX, plain text, Markdown, HTML, PNG or JPEG.'),
});

/** A person's corrections to what was understood from their resume; fields left out stay as they are. */
export const ResumeCorrectionBody = z
  .object({
    title: z
      .string()
      .trim()
      .min(1)
      .max(SEARCH_KEYWORD_MAX_LENGTH)
      .optional()
      .describe('What the person calls their job; the web app searches with it as the keyword'),
    onetCode: z
      .string()
      .regex(/^\d{2}-\d{4}\.\d{2}$/)
      .optional()
      .describe("The occupation, one of the analysis' guesses (`profile.occupations`)"),
    location: z.string().trim().min(1).max(SEARCH_LOCATION_MAX_LENGTH).nullable().optional().describe('null clears it'),
    skills: z
      .array(z.string().trim().min(1).max(80))
      .max(200)
      .optional()
      .describe('The whole list; names are normalized through the skill taxonomy'),
  })
  .strict()
  .meta({ id: 'ResumeCorrection' });

export const ListQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(100).default(20).describe('Items on the page.') })
  .strict();

export const TailorResumeBody = z
  .object({ jobId: z.uuid().describe('The job (from search results or GET /v1/jobs/{id}) to tailor the resume to.') })
  .strict()
  .meta({ id: 'TailorResumeRequest' });
