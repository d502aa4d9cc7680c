import { findDateRanges, mergedMonths } from '../understanding/analysis/date-ranges';
import { findSections } from '../understanding/analysis/sections';
import { skillKey } from '../understanding/skills/skill-tokens';
import {
  extractSkills,
  loadSkillTaxonomy,
  type SkillMention,
  type SkillTaxonomy,
  type TaxonomySkill,
} from '../understanding/skills/taxonomy';
import { findFigures, indexFigures, type FigureIndex } from './figures';
import { findNameRuns } from './names';
import { normalizeForMatch, resumeLines, type ResumeLine } from './text';

/**
 * What a resume states, and so all a suggestion may claim: its skills (through the same taxonomy
 * normalisation as understanding/, so "k8s" and "Kubernetes" are one skill), its names (employers,
 * schools, places, certifications: see names.ts), its figures (dates, numbers, percentages, amounts:
 * see figures.ts) and its text, against which quoted lines are checked.
 */
export interface ResumeFacts {
  readonly text: string;
  /** normalizeForMatch(text) */
  readonly normalizedText: string;
  readonly lines: readonly ResumeLine[];
  /** Canonical skills the text shows, and those the person confirmed on the profile. */
  readonly skills: ReadonlySet<string>;
  /** Where each skill the text shows is written. */
  readonly skillMentions: readonly SkillMention[];
  /** The resume's names, each as its lower-cased words joined by one space. */
  readonly names: ReadonlySet<string>;
  /** Every contiguous part of a name ("medical center" of "desert valley medical center"). */
  readonly nameParts: ReadonlySet<string>;
  /** Lower-case words of the text, to tell an opener capitalized by position from a name. */
  readonly lowerWords: ReadonlySet<string>;
  readonly figures: FigureIndex;
  /** Whole years of work the date ranges add up to (overlaps once), as of the check. */
  readonly yearsOfExperience: number | null;
  /** The experience section's offsets, or the whole text when it has none. */
  readonly experience: readonly { readonly start: number; readonly end: number }[];
  readonly taxonomy: SkillTaxonomy;
}

export interface FactOptions {
  /** Skills the profile holds besides the text's (the person's own corrections). */
  readonly profileSkills?: readonly string[];
  readonly taxonomy?: SkillTaxonomy;
  /** The date "present" means. */
  readonly asOf?: Date;
}

export function extractResumeFacts(text: string, options: FactOptions = {}): ResumeFacts {
  const taxonomy = options.taxonomy ?? loadSkillTaxonomy();
  const skillMentions = extractSkills(text, taxonomy);
  const skills = new Set([...skillMentions.map((m) => m.skill), ...(options.profileSkills ?? [])]);

  const names = new Set<string>();
  const nameParts = new Set<string>();
  for (const run of findNameRuns(text)) {
    names.add(run.words.join(' '));
    for (let i = 0; i < run.words.length; i++)
      for (let j = i + 1; j <= run.words.length; j++) nameParts.add(run.words.slice(i, j).join(' '));
  }
  const lowerWords = new Set(
    [...text.matchAll(/(?<![\p{L}\p{N}])[\p{Ll}][\p{Ll}'’-]*/gu)].map((m) => m[0].toLowerCase()),
  );

  const sections = findSections(text);
  const experience = sections.filter((s) => s.kind === 'experience');
  const education = sections.filter((s) => s.kind === 'education');
  const inside = (offset: number, list: typeof sections): boolean =>
    list.some((s) => offset >= s.start && offset < s.end);
  const ranges = findDateRanges(text, options.asOf ?? new Date());
  const work =
    experience.length > 0
      ? ranges.filter((r) => inside(r.start, experience))
      : ranges.filter((r) => !inside(r.start, education));
  const yearsOfExperience = work.length > 0 ? Math.floor(mergedMonths(work) / 12) : null;

  return {
    text,
    normalizedText: normalizeForMatch(text),
    lines: resumeLines(text),
    skills,
    skillMentions,
    names,
    nameParts,
    lowerWords,
    // The years the dates add up to are the resume's own figure, though it may never write it.
    figures: indexFigures(findFigures(text), yearsOfExperience && yearsOfExperience > 0 ? [yearsOfExperience] : []),
    yearsOfExperience,
    experience: experience.length > 0 ? experience : [{ start: 0, end: text.length }],
    taxonomy,
  };
}

/** A canonical skill's taxonomy entry, by its key (a linear search only when an alias took the key). */
export function skillEntry(taxonomy: SkillTaxonomy, name: string): TaxonomySkill | undefined {
  const hit = taxonomy.byKey.get(skillKey(name))?.skill;
  return hit?.name === name ? hit : taxonomy.skills.find((s) => s.name === name);
}
