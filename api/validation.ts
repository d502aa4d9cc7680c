import type { z } from 'zod';
import { HirehoundError } from '../common/errors';

/**
 * Parses untrusted input with a zod schema; on failure, a 400 that names each offending field
 * (never the raw input back, which may be large or hostile).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new HirehoundError('API_VALIDATION_FAILED', {
    message: `Invalid ${what}`,
    details: {
      issues: result.error.issues.slice(0, 20).map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      })),
    },
  });
}
