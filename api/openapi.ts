import { Router } from 'express';
import { z } from 'zod';
import { ERROR_CATALOGUE } from '../common/errors';
import { LIVE_SEARCH_UNAVAILABLE_REASONS, SEARCH_PHASES, SEARCH_STATUSES } from '../common/vocabulary/search';
import { SearchFilters, SearchQuery } from './search-schemas';
import { PageQuery, StartSearchBody } from './searches';

/**
 * The OpenAPI 3.1 document served at /openapi.json. Request bodies come from the same zod schemas
 * the handlers parse with, so the document cannot drift from validation; responses are described
 * here.
 */

type JsonSchema = Record<string, unknown>;

const fromZod = (schema: z.ZodType): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });
const number = { type: 'number' };
const string = { type: 'string' };
const dateTime = { type: 'string', format: 'date-time' };

const schemas: Record<string, JsonSchema> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', enum: Object.keys(ERROR_CATALOGUE) },
          message: string,
          details: { type: 'object' },
        },
      },
    },
  },
  SearchQuery: fromZod(SearchQuery),
  SearchFilters: fromZod(SearchFilters),
  StartSearchRequest: fromZod(StartSearchBody),
  SearchProgress: {
    type: 'object',
    required: ['searchId', 'status', 'phase', 'version', 'counts', 'creditsUsed', 'discoveryTriggered'],
    properties: {
      searchId: { type: 'string', format: 'uuid' },
      status: { enum: SEARCH_STATUSES },
      phase: { enum: SEARCH_PHASES },
      version: { type: 'integer', description: 'Increases whenever a new ranking is published' },
      counts: { type: 'object', additionalProperties: { type: 'integer' } },
      creditsUsed: { type: 'integer', description: 'Provider credits this search was charged' },
      discoveryTriggered: { type: 'boolean' },
      discoveryDecision: nullable(string),
      liveSearchUnavailable: nullable({
        type: 'object',
        properties: {
          reason: { enum: LIVE_SEARCH_UNAVAILABLE_REASONS },
          message: string,
        },
      }),
      bestScore: nullable(number),
      timings: { type: 'object', additionalProperties: number },
      startedAt: dateTime,
      updatedAt: dateTime,
    },
  },
  ResultJob: {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid' },
      title: string,
      company: nullable(string),
      location: nullable(string),
      remoteType: string,
      url: string,
      salary: nullable({ type: 'object' }),
      postedAt: nullable(string),
      enriched: { type: 'boolean' },
    },
  },
  SearchResult: {
    type: 'object',
    required: ['rank', 'score', 'ats', 'semantic', 'freshness', 'job', 'reasons'],
    properties: {
      rank: { type: 'integer' },
      score: { ...number, description: '0.7·ATS + 0.3·semantic + freshness, 0–100' },
      ats: number,
      semantic: number,
      freshness: number,
      job: ref('ResultJob'),
      reasons: {
        type: 'object',
        description: 'Matched and missing skills, experience, title and location fit, with weights',
      },
    },
  },
  ResultsPage: {
    type: 'object',
    properties: {
      version: { type: 'integer' },
      total: { type: 'integer' },
      offset: { type: 'integer' },
      items: { type: 'array', items: ref('SearchResult') },
    },
  },
  SearchView: {
    type: 'object',
    properties: {
      searchId: { type: 'string', format: 'uuid' },
      source: { enum: ['workflow', 'database'] },
      progress: ref('SearchProgress'),
      results: ref('ResultsPage'),
    },
  },
  Job: { type: 'object', description: 'A cached job posting; `description` is set once enriched' },
};

const errorResponse = (description: string): JsonSchema => ({
  description,
  content: { 'application/json': { schema: ref('Error') } },
});
const json = (description: string, schema: JsonSchema): JsonSchema => ({
  description,
  content: { 'application/json': { schema } },
});
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
const authErrors = {
  '401': errorResponse('Missing or invalid API key'),
  '429': errorResponse('Rate limited per API key (see Retry-After)'),
};

function pageParameters(): JsonSchema[] {
  const shape = fromZod(PageQuery) as { properties: Record<string, JsonSchema> };
  return Object.entries(shape.properties).map(([name, schema]) => ({ name, in: 'query', required: false, schema }));
}

export function openApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hirehound API',
      version: '1.0.0',
      description:
        'Cost-aware job search. Free users are served from the cache only; paid users may trigger discovery and enrichment under a monthly credit budget.',
    },
    components: {
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
      schemas,
    },
    security: [{ apiKey: [] }, { bearer: [] }],
    paths: {
      '/healthz': {
        get: {
          security: [],
          summary: 'Liveness of each dependency',
          responses: {
            '200': { description: 'all dependencies answer' },
            '503': { description: 'a dependency does not answer' },
          },
        },
      },
      '/readyz': {
        get: {
          security: [],
          summary: 'Ready to serve (migrations applied, workers polling)',
          responses: { '200': { description: 'ready' }, '503': { description: 'not ready' } },
        },
      },
      '/v1/me': {
        get: {
          summary: 'The authenticated user and tier',
          responses: { '200': { description: 'the user' }, ...authErrors },
        },
      },
      '/v1/searches': {
        post: {
          summary: 'Start a search; answers with the first page when the cache phase is done within waitMs',
          requestBody: { required: true, content: { 'application/json': { schema: ref('StartSearchRequest') } } },
          responses: {
            '202': json('Started', {
              type: 'object',
              properties: {
                searchId: { type: 'string', format: 'uuid' },
                progress: nullable(ref('SearchProgress')),
                results: nullable(ref('ResultsPage')),
              },
            }),
            '400': errorResponse('Invalid request'),
            '404': errorResponse('No such resume'),
            '409': errorResponse('Resume not analysed yet'),
            '413': errorResponse('Body too large'),
            ...authErrors,
          },
        },
      },
      '/v1/searches/{id}': {
        get: {
          summary: 'Progress and a page of results (from the workflow while running, from Postgres once finished)',
          parameters: [idParam, ...pageParameters()],
          responses: {
            '200': json('The search', ref('SearchView')),
            '400': errorResponse('Malformed id'),
            '404': errorResponse('No such search'),
            ...authErrors,
          },
        },
      },
      '/v1/searches/{id}/events': {
        get: {
          summary: 'Server-Sent Events: `progress` on every change, then `done`',
          parameters: [idParam],
          responses: {
            '200': { description: 'An event stream', content: { 'text/event-stream': { schema: string } } },
            '404': errorResponse('No such search'),
            ...authErrors,
          },
        },
      },
      '/v1/searches/{id}/cancel': {
        post: {
          summary: 'Stop spending; the search finishes with what it has',
          parameters: [idParam],
          responses: {
            '202': { description: 'Cancelling' },
            '404': errorResponse('No such search'),
            '409': errorResponse('Already finished'),
            ...authErrors,
          },
        },
      },
      '/v1/searches/{id}/filters': {
        patch: {
          summary: 'Re-rank under new hard filters (no provider call, no credits)',
          parameters: [idParam],
          requestBody: { required: true, content: { 'application/json': { schema: ref('SearchFilters') } } },
          responses: {
            '200': json('The new ranking', ref('SearchView')),
            '400': errorResponse('Invalid filters'),
            '404': errorResponse('No such search'),
            '409': errorResponse('Already finished'),
            ...authErrors,
          },
        },
      },
      '/v1/jobs/{id}': {
        get: {
          summary: 'A cached job posting',
          parameters: [idParam],
          responses: {
            '200': json('The job', ref('Job')),
            '400': errorResponse('Malformed id'),
            '404': errorResponse('No such job'),
            ...authErrors,
          },
        },
      },
    },
  };
}

export function openApiRoutes(): Router {
  const router = Router();
  const document = openApiDocument();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  return router;
}
