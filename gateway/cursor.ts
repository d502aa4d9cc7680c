import { z } from 'zod';
import { HirehoundError } from '../common/errors';
import type { Provider } from './contract';

/**
 * Listing cursors are opaque to callers: Indeed pages by offset (`start`), Glassdoor by a token per
 * page number. A cursor names its provider, so one cannot be replayed against the other.
 */

const IndeedCursor = z.object({ p: z.literal('indeed'), start: z.number().int().positive().max(10_000) });
const GlassdoorCursor = z.object({
  p: z.literal('glassdoor'),
  page: z.number().int().min(2).max(1000),
  token: z.string().min(1).max(4000),
});
const Cursor = z.discriminatedUnion('p', [IndeedCursor, GlassdoorCursor]);

export type IndeedCursor = z.infer<typeof IndeedCursor>;
export type GlassdoorCursor = z.infer<typeof GlassdoorCursor>;

function encode(value: z.infer<typeof Cursor>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export const encodeIndeedCursor = (start: number): string => encode({ p: 'indeed', start });
export const encodeGlassdoorCursor = (page: number, token: string): string => encode({ p: 'glassdoor', page, token });

export function decodeCursor(provider: 'indeed', cursor: string | undefined): IndeedCursor | undefined;
export function decodeCursor(provider: 'glassdoor', cursor: string | undefined): GlassdoorCursor | undefined;
export function decodeCursor(
  provider: Provider,
  cursor: string | undefined,
): IndeedCursor | GlassdoorCursor | undefined {
  if (cursor === undefined) return undefined;
  let parsed: z.ZodSafeParseResult<z.infer<typeof Cursor>>;
  try {
    parsed = Cursor.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    parsed = Cursor.safeParse(null);
  }
  if (!parsed.success || parsed.data.p !== provider) {
    throw new HirehoundError('API_VALIDATION_FAILED', {
      message: `cursor is not a ${provider} listing cursor from this gateway`,
    });
  }
  return parsed.data;
}
