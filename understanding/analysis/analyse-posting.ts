import { lineAround } from '../document/lines';
import type { JobFeatures } from '../features';
import { extractSkills, loadSkillTaxonomy, skillKind, type SkillMention } from '../skills/taxonomy';
import { guessBareTitle } from '../titles/bare-titles';
import { loadTitleClassifier } from '../titles/title-classifier';
import type { AnalysisOptions } from './analyse-resume';
import { findEducation, lowestEducation } from './education';
import { boundPostingAnalysis } from './output-bounds';
import { inPostingSense } from './posting-senses';
import {
  employerSelfSpans,
  employerSpans,
  findRemoteType,
  findVisaSponsorship,
  findYearsRequired,
  preferredSpans,
} from './posting-terms';
import { parseSalary } from './salary';
import { seniorityFromTitle, seniorityFromYears } from './seniority';

export interface PostingInput {
  readonly title: string;
  readonly description: string;
  readonly location?: string | null;
  /** A separate salary field when the source has one ("$174,000/yr - $235,000/yr"). */
  readonly salaryText?: string | null;
  /** The employer's name: a product of the same name is the employer, not a skill it asks for. */
  readonly company?: string | null;
}

export interface PostingAnalysis extends JobFeatures {
  readonly skillEvidence: readonly (SkillMention & { readonly preferred: boolean })[];
  readonly modelVersion: string;
}

/**
 * A Markdown heading ("### Job Description"), a line that is one emphasized phrase ("**Benefits:**"),
 * or the plain "Job Description" line many boards open the text with.
 */
function onHeadingLine(text: string, at: number): boolean {
  const line = lineAround(text, at).trim();
  return /^#{1,6}\s/.test(line) || /^[*_]{1,3}[^*_]+[*_]{1,3}\s*:?$/.test(line) || /^job description:?$/i.test(line);
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Whether a mention names the employer: its words open the company's name ("Workday" of "Workday,
 * Inc.", "PointClickCare" of "PointClickCare Technologies"), as its own postings mention it.
 */
function namesEmployer(company: string | null | undefined): (mention: SkillMention) => boolean {
  const companyWords = words(company ?? '');
  if (companyWords.length === 0) return () => false;
  return (m) => {
    const named = words(m.text);
    return named.length > 0 && named.length <= companyWords.length && named.every((w, i) => w === companyWords[i]);
  };
}

/**
 * The same normalization as for resumes, applied to a job posting: title and O*NET occupations from
 * the title, skills split into required and nice-to-have by their context, years and education
 * asked for, seniority, remote type, annualized salary and visa sponsorship.
 */
export function analysePosting(posting: PostingInput, options: AnalysisOptions = {}): PostingAnalysis {
  const classifier = options.classifier ?? loadTitleClassifier();
  const taxonomy = options.taxonomy ?? loadSkillTaxonomy();
  const description = posting.description;
  const isPreferred = preferredSpans(description);

  const isEmployer = employerSpans(description);
  const isEmployerName = namesEmployer(posting.company);
  const isSelfDescription = employerSelfSpans(description, posting.company);
  // What the employer says of itself (benefits, hiring process, equal opportunity), of its product
  // and its teams, and its own name ask for no skill, and a heading ("### Job Description") names
  // a section. Where it describes its own trade ("Varsity Tutors is a live learning platform"),
  // its professional words are that trade, while the technologies it names are its stack.
  const mentions = extractSkills(description, taxonomy)
    .filter(
      (m) =>
        !isEmployer(m.start) &&
        !isEmployerName(m) &&
        !(isSelfDescription(m.start) && skillKind(m.skill, taxonomy) === 'professional') &&
        !onHeadingLine(description, m.start) &&
        !inPostingSense(description, m),
    )
    .map((m) => ({ ...m, preferred: isPreferred(m.start) }));
  // A skill the title names is required whatever the body says ("Senior Go Engineer").
  const titleSkills = new Set(extractSkills(posting.title, taxonomy).map((m) => m.skill));
  const required = new Set<string>(titleSkills);
  for (const m of mentions) if (!m.preferred) required.add(m.skill);
  const preferred = new Set<string>();
  for (const m of mentions) if (m.preferred && !required.has(m.skill)) preferred.add(m.skill);

  const yearsRequired = findYearsRequired(description, isPreferred);
  const educationMentions = findEducation(description);
  const requiredEducation = educationMentions.filter((m) => !isPreferred(m.start));
  // The title read with the description's skills: "Full Stack Engineer" above React and Node.
  // A title of a bare rank ("Program Manager") is read by the skills alone, among managers.
  const context = [...new Set(mentions.map((m) => m.skill))];
  const occupations =
    guessBareTitle(classifier, posting.title, 5, context) ?? classifier.classify(posting.title, 5, context);
  const location = posting.location?.trim() || null;

  return boundPostingAnalysis({
    title: posting.title.trim(),
    onetCode: occupations[0]?.code ?? null,
    occupations,
    skillsRequired: [...required],
    skillsPreferred: [...preferred],
    yearsRequired,
    educationRequired: lowestEducation(requiredEducation.length > 0 ? requiredEducation : educationMentions),
    seniority: seniorityFromTitle(posting.title) ?? seniorityFromYears(yearsRequired),
    remoteType: findRemoteType(posting.title, location, description),
    location,
    salary: parseSalary(posting.salaryText ?? '') ?? parseSalary(description),
    visaSponsorship: findVisaSponsorship(description),
    skillEvidence: mentions,
    modelVersion: classifier.version,
  });
}
