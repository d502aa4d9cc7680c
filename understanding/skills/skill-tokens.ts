/**
 * How text is cut into the tokens skill names are matched on, shared by the taxonomy build and the
 * matcher so both see "Node.js", "C#", "C++", ".NET" and "CI/CD" the same way.
 */
export interface SkillToken {
  /** The text as written. */
  readonly surface: string;
  /** Lower-cased, dots and hyphens inside dropped: "Node.js" → "nodejs", ".NET" → ".net". */
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

// A token: letters/digits with inner dots, hyphens, pluses, hashes; a leading dot only at a word
// start (".NET"), never the sentence's full stop ("Python." ends at "Python").
const TOKEN = /(?<![\w.])\.?[\p{L}\p{N}](?:[\p{L}\p{N}+#]|[.\-'](?=[\p{L}\p{N}]))*[+#]*/gu;

export function tokenKey(surface: string): string {
  const folded = surface
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return folded.startsWith('.') ? `.${folded.slice(1).replace(/[.\-']/g, '')}` : folded.replace(/[.\-']/g, '');
}

/**
 * A no-break space read as Latin-1 leaves "Â" glued to the word before it ("cold callsÂ"); it is
 * blanked (same length, so offsets hold) wherever no letter follows it.
 */
const MOJIBAKE_SPACE = /Â(?!\p{L})/gu;

export function tokenizeSkills(text: string): SkillToken[] {
  const out: SkillToken[] = [];
  for (const m of text.replace(MOJIBAKE_SPACE, ' ').matchAll(TOKEN)) {
    out.push({ surface: m[0], key: tokenKey(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The lookup key of a whole name: its tokens' keys joined ("Go lang" and "golang" → "golang"). */
export function skillKey(name: string): string {
  return tokenizeSkills(name)
    .map((t) => t.key)
    .join(' ');
}
