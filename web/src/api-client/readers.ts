/**
 * The API declares a result's `reasons` and a resume's `profile` as open objects (they carry the
 * matching engine's and the analysis' own detail), so the app reads the parts it shows defensively:
 * a missing or odd field shows nothing rather than breaking the page.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const records = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.filter(isRecord) : []);

export interface ReasonLine {
  readonly component: string;
  readonly points: number;
  readonly score: number | null;
  /** Its share of the final score (the ATS parts' shares add up to the ATS weight). */
  readonly weight: number;
  readonly detail: string;
}

export interface MatchReasons {
  readonly lines: ReasonLine[];
  readonly matchedSkills: string[];
  readonly missingSkills: string[];
  /** Scored on the full description (after enrichment) or the listing only. */
  readonly basis: 'fulltext' | 'listing' | null;
}

export function readReasons(reasons: unknown): MatchReasons {
  const r = isRecord(reasons) ? reasons : {};
  return {
    lines: records(r.components).map((c) => ({
      component: text(c.component) ?? 'other',
      points: num(c.points) ?? 0,
      score: num(c.score),
      weight: num(c.weight) ?? 0,
      detail: text(c.detail) ?? '',
    })),
    matchedSkills: texts(r.matchedSkills),
    missingSkills: texts(r.missingSkills),
    basis: r.embedding === 'fulltext' || r.embedding === 'listing' ? r.embedding : null,
  };
}

export interface Occupation {
  readonly code: string;
  readonly title: string;
  readonly confidence: number;
}

export interface Understanding {
  readonly jobTitle: string | null;
  readonly title: string | null;
  readonly onetCode: string | null;
  readonly occupations: Occupation[];
  readonly titleConfident: boolean;
  readonly skills: string[];
  readonly seniority: string | null;
  readonly yearsExperience: number | null;
  readonly educationLevel: string | null;
  readonly location: string | null;
  readonly links: string[];
  readonly unrecognisedSkills: string[];
  readonly corrected: boolean;
}

export function readUnderstanding(profile: unknown): Understanding {
  const p = isRecord(profile) ? profile : {};
  const corrections = isRecord(p.corrections) ? p.corrections : null;
  return {
    jobTitle: text(p.jobTitle),
    title: text(p.title),
    onetCode: text(p.onetCode),
    occupations: records(p.occupations).flatMap((o) => {
      const code = text(o.code);
      const title = text(o.title);
      return code && title ? [{ code, title, confidence: num(o.confidence) ?? 0 }] : [];
    }),
    titleConfident: p.titleConfident === true,
    skills: texts(p.skills),
    seniority: text(p.seniority),
    yearsExperience: num(p.yearsExperience),
    educationLevel: text(p.educationLevel),
    location: text(p.location),
    links: records(p.links).flatMap((l) => text(l.url) ?? []),
    unrecognisedSkills: corrections ? texts(corrections.unrecognisedSkills) : [],
    corrected: corrections !== null,
  };
}

/** Only web addresses become links: a `javascript:` or `data:` URL from a posting stays text. */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    // Resumes write "github.com/dana" without a scheme: that is a web address too.
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
