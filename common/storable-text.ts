/**
 * Text that must not enter the system: what PostgreSQL cannot store, and control characters no
 * field of ours holds. NUL is refused by both `text` and `jsonb`; a lone UTF-16 surrogate has no
 * UTF-8 form (jsonb rejects its escape, a text column would silently get U+FFFD); C0 controls other
 * than tab and line breaks are storable but corrupt logs and terminals, and nobody types them.
 * Zod-free and pure: the API's edge (api/contract/mount.ts) and the search workflow's filter guard
 * both use it, so the two refuse the same text.
 */

// Without the `u` flag the pattern sees UTF-16 code units, which is what makes a lone surrogate visible.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why this text is refused, or undefined when it may be stored. */
export function unstorableReason(text: string): string | undefined {
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0);
    return code === 0 ? 'contains a NUL character' : `contains the control character U+${hex(code)}`;
  }
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate (not valid Unicode)';
  return undefined;
}

const hex = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0');

export interface UnstorableText {
  /** Where in the value, as `a.b.0.c` (empty for the value itself). */
  readonly path: string;
  readonly reason: string;
}

/** Deeper than any request of ours: a value nested further is refused rather than walked. */
const MAX_DEPTH = 32;

/**
 * The first string (value or object key) of a parsed JSON value, query or path parameters that may
 * not be stored, or undefined. Walks iteratively, so a hostile nesting cannot exhaust the stack.
 */
export function findUnstorableText(value: unknown): UnstorableText | undefined {
  const stack: { value: unknown; path: readonly string[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const reason = unstorableReason(current);
      if (reason) return { path: path.join('.'), reason };
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (path.length >= MAX_DEPTH) return { path: path.join('.'), reason: `is nested deeper than ${MAX_DEPTH} levels` };
    const entries = Array.isArray(current)
      ? current.map((item, index): [string, unknown] => [String(index), item])
      : Object.entries(current);
    for (const [key, item] of entries) {
      const reason = unstorableReason(key);
      if (reason)
        return { path: [...path, key.replace(/[^\x20-\x7e]/g, '?')].join('.'), reason: `has a key that ${reason}` };
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return undefined;
}

/**
 * Characters that make text lie about itself or corrupt what shows it: C0 controls (tab and line
 * breaks aside), DEL and C1 controls; bidi marks, embeddings, overrides and isolates (U+202E turns
 * "cv‮fdp.exe" into "cvexe.pdf" on screen); zero-width space, word joiner and BOM. Zero-width
 * (non-)joiners stay: Persian, Indic scripts and emoji sequences need them.
 */
export const INVISIBLE_OR_CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * Text from outside (a provider's answer) made storable rather than refused: at most `max`
 * characters, lone surrogates dropped (a cut may split a pair, so it cuts first), invisible and
 * control characters turned into spaces.
 */
export function storableText(text: string, max: number): string {
  return text.slice(0, max).replace(LONE_SURROGATES, '').replace(INVISIBLE_OR_CONTROL, ' ');
}
