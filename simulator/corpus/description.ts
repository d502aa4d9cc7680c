import type { EducationLevel } from '../../understanding/features';
import type { Company, Sector } from './companies';
import { formatSalary, type PostedSalary } from './pay';
import type { Random } from './random';

/**
 * The full text of a posting, assembled the way employers write them: an opening line, what the
 * role is (O*NET's occupation description), responsibilities (O*NET task statements),
 * requirements (education, experience, technology skills), pay and benefits.
 */

export interface DescriptionInput {
  readonly title: string;
  readonly company: Company;
  readonly locationLabel: string;
  readonly remoteType: 'remote' | 'hybrid' | 'onsite';
  readonly employmentType: string;
  readonly occupationDescription: string;
  readonly tasks: readonly string[];
  readonly education: EducationLevel | null;
  readonly yearsRequired: number | null;
  readonly skillsRequired: readonly string[];
  readonly skillsPreferred: readonly string[];
  readonly salary: PostedSalary | null;
  readonly benefits: readonly string[];
}

const EDUCATION_PHRASES: Readonly<Record<EducationLevel, string | null>> = {
  none: null,
  high_school: 'High school diploma or GED',
  certificate: 'Post-secondary certificate or equivalent vocational training',
  some_college: 'Some college coursework or equivalent experience',
  associate: "Associate's degree or equivalent experience",
  bachelor: "Bachelor's degree in a related field",
  master: "Master's degree in a related field",
  doctorate: 'Doctoral degree in a related field',
};

const SECTOR_BLURBS: Readonly<Record<Sector, readonly string[]>> = {
  technology: ['builds software used by thousands of businesses', 'is a fast-growing technology company'],
  health: ['provides compassionate care to patients and families', 'is a community health provider'],
  finance: ['helps people and businesses manage their money', 'is a trusted financial services firm'],
  retail: ['serves customers in stores and online', 'is a growing retailer'],
  manufacturing: ['designs and manufactures industrial products', 'is a precision manufacturer'],
  logistics: ['moves goods across the country', 'is a transportation and logistics company'],
  hospitality: ['welcomes guests every day of the year', 'is a hospitality group'],
  construction: ['builds commercial and residential projects', 'is a licensed contractor'],
  education: ['is committed to student success', 'serves learners of every age'],
  public: ['serves the residents of our community', 'is a public employer'],
  energy: ['delivers reliable energy to homes and businesses', 'is an energy and utilities company'],
  media: ['creates content for audiences nationwide', 'is a creative and media company'],
  professional: ['advises clients across many industries', 'is a professional services firm'],
  agriculture: ['grows and supplies agricultural products', 'is a family-owned agricultural business'],
};

export const BENEFITS: Readonly<Record<'common' | 'office' | 'hourly', readonly string[]>> = {
  common: ['Health insurance', 'Dental insurance', 'Vision insurance', 'Paid time off', '401(k)', 'Life insurance'],
  office: [
    '401(k) matching',
    'Flexible schedule',
    'Parental leave',
    'Tuition reimbursement',
    'Professional development assistance',
  ],
  hourly: ['Employee discount', 'Overtime pay', 'Referral program', 'Paid training', 'Flexible schedule'],
};

function lowerFirst(text: string): string {
  return text.length > 0 ? `${text[0]?.toLowerCase() ?? ''}${text.slice(1)}` : text;
}

function firstSentence(text: string): string {
  const end = text.indexOf('. ');
  return end === -1 ? text : text.slice(0, end + 1);
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export function writeDescription(input: DescriptionInput, random: Random): string {
  const where =
    input.remoteType === 'remote'
      ? 'This is a fully remote position.'
      : input.remoteType === 'hybrid'
        ? `This is a hybrid position based in ${input.locationLabel}.`
        : `This position is on site in ${input.locationLabel}.`;
  const lines: string[] = [
    `${input.company.name} is hiring ${article(input.title)} ${input.title} (${input.employmentType.toLowerCase()}). ${where}`,
    '',
    `About ${input.company.shortName}: ${input.company.shortName} ${random.pick(SECTOR_BLURBS[input.company.sector])}.`,
    '',
    'About the role',
    `In this role you will ${lowerFirst(firstSentence(input.occupationDescription))}`,
    '',
    'Responsibilities',
    ...input.tasks.map((t) => `- ${t}`),
    '',
    'Requirements',
  ];
  const education = input.education ? EDUCATION_PHRASES[input.education] : null;
  if (education) lines.push(`- ${education}`);
  if (input.yearsRequired !== null && input.yearsRequired > 0) {
    lines.push(`- ${input.yearsRequired}+ years of relevant experience`);
  } else {
    lines.push('- No prior experience required; we will train you');
  }
  if (input.skillsRequired.length > 0) lines.push(`- Experience with ${listOf(input.skillsRequired)}`);
  if (input.skillsPreferred.length > 0) lines.push(`- Nice to have: ${listOf(input.skillsPreferred)}`);
  if (input.salary) lines.push('', 'Pay', formatSalary(input.salary));
  if (input.benefits.length > 0) lines.push('', 'Benefits', ...input.benefits.map((b) => `- ${b}`));
  lines.push('', `${input.company.name} is an equal opportunity employer.`);
  return lines.join('\n');
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** The teaser a listing shows: the first sentences of the role, cut at a word near 160 characters. */
export function snippetOf(tasks: readonly string[]): string {
  const text = tasks.slice(0, 2).join(' ');
  if (text.length <= 160) return text;
  const cut = text.lastIndexOf(' ', 157);
  return `${text.slice(0, cut > 80 ? cut : 157)}…`;
}
