import { lineAround } from '../document/lines';
import type { EducationLevel, ProfileFeatures } from '../features';
import { extractSkills, loadSkillTaxonomy, type SkillMention, type SkillTaxonomy } from '../skills/taxonomy';
import { loadTitleClassifier, type TitleClassifier } from '../titles/title-classifier';
import { findLinks, findLocation, type ProfileLink } from './contact';
import { findDateRanges, mergedMonths, type DateRange } from './date-ranges';
import { findEducation, highestEducation } from './education';
import { chooseResumeTitle } from './resume-title';
import { boundResumeAnalysis } from './output-bounds';
import { findSections, isSectionHeading, sectionText } from './sections';
import { seniorityFromTitles, seniorityFromYears } from './seniority';

/** Hermes' reading of a resume: the normalized features matching scores on, plus their evidence. */
export interface ResumeAnalysis extends ProfileFeatures {
  /** The job title as the resume writes it (headline or most recent role). */
  readonly jobTitle: string | null;
  /**
   * Where the title came from; 'recent-role' and 'summary' mean the resume states no clear title
   * of its own (see resume-title.ts).
   */
  readonly titleSource: 'headline' | 'recent-role' | 'summary' | null;
  /** The title is stated and the occupation passes the classifier's confidence gate. */
  readonly titleConfident: boolean;
  /** Where each skill was found in the text (character offsets into the analysed text). */
  readonly skillEvidence: readonly SkillMention[];
  readonly experience: {
    readonly ranges: readonly {
      readonly text: string;
      readonly from: string;
      readonly to: string;
      readonly ongoing: boolean;
    }[];
    /** Months covered by the merged ranges (overlapping jobs count once). */
    readonly totalMonths: number;
  };
  readonly educationEvidence: readonly { readonly level: EducationLevel; readonly text: string }[];
  readonly links: readonly ProfileLink[];
  readonly modelVersion: string;
}

export interface AnalysisOptions {
  /** The date "present" means; fixed in tests, now otherwise. */
  readonly asOf?: Date;
  readonly classifier?: TitleClassifier;
  readonly taxonomy?: SkillTaxonomy;
}

const monthLabel = (m: number): string => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

export function analyseResume(text: string, options: AnalysisOptions = {}): ResumeAnalysis {
  const asOf = options.asOf ?? new Date();
  const classifier = options.classifier ?? loadTitleClassifier();
  const taxonomy = options.taxonomy ?? loadSkillTaxonomy();
  const sections = findSections(text);

  // Dates under Education are study, not work; without an Experience heading, every range outside
  // Education counts.
  const education = sections.filter((s) => s.kind === 'education');
  const experience = sections.filter((s) => s.kind === 'experience');
  const inside = (r: DateRange, list: typeof sections): boolean =>
    list.some((s) => r.start >= s.start && r.end <= s.end);
  const allRanges = findDateRanges(text, asOf);
  const workRanges =
    experience.length > 0
      ? allRanges.filter((r) => inside(r, experience))
      : allRanges.filter((r) => !inside(r, education));
  const totalMonths = mergedMonths(workRanges);
  const yearsExperience = workRanges.length > 0 ? Math.round((totalMonths / 12) * 10) / 10 : null;

  // A heading names a section, not a skill: "Education and Training" heads the schooling of one
  // LiveCareer resume in five, and read as Teaching it told the title classifier they taught.
  const skillEvidence = extractSkills(text, taxonomy).filter((m) => !isSectionHeading(lineAround(text, m.start)));
  const skills = [...new Set(skillEvidence.map((m) => m.skill))];
  const title = chooseResumeTitle(text, workRanges, classifier, taxonomy, 5, skills);
  const best = title.occupations[0];

  const educationText = education.length > 0 ? sectionText(text, sections, 'education') : text;
  const educationMentions = findEducation(educationText);

  const header = sections[0]?.kind === 'header' ? text.slice(0, Math.min(sections[0].end, 800)) : text.slice(0, 500);

  return boundResumeAnalysis({
    title: best?.title ?? null,
    onetCode: best?.code ?? null,
    occupations: title.occupations,
    skills,
    yearsExperience,
    // The level a title states beats one inferred from years: the chosen title, then the most
    // recent role's. An older role's level is out of date ("Research Associate" before a GIS
    // Coordinator of fourteen years), so the other lines count only when no dates give years.
    seniority:
      seniorityFromTitles([title.written, title.recentRole]) ??
      seniorityFromYears(yearsExperience) ??
      seniorityFromTitles(title.candidates),
    educationLevel: highestEducation(educationMentions),
    location: findLocation(header),
    jobTitle: title.written,
    titleSource: title.source,
    titleConfident: title.confident,
    skillEvidence,
    experience: {
      ranges: workRanges.map((r) => ({
        text: r.text,
        from: monthLabel(r.fromMonth),
        to: monthLabel(r.toMonth),
        ongoing: r.ongoing,
      })),
      totalMonths,
    },
    educationEvidence: educationMentions.map((m) => ({ level: m.level, text: m.text })),
    links: findLinks(text),
    modelVersion: classifier.version,
  });
}
