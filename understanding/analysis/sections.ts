/**
 * Resume sections from their headings. Resumes name the same few sections in many ways and set
 * them off as short lines (often upper case, sometimes ending in a colon); body lines are longer.
 */
import { foldAccents } from '../../common/fold-accents';

export type SectionKind = 'summary' | 'experience' | 'education' | 'skills' | 'other';

export interface Section {
  readonly kind: SectionKind | 'header';
  readonly heading: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Headings by kind, matched on the line lower-cased and without accents. English first, then the
 * other languages real postings use, for resumes written in them: French, German, Dutch, Spanish,
 * Portuguese ("Expérience professionnelle", "Berufserfahrung", "Werkervaring", "Formación",
 * "Competências").
 */
const HEADINGS: readonly [SectionKind, RegExp][] = [
  [
    'experience',
    /^(professional |work |relevant |employment |career |industry )?(experience|history|employment|work history|employment history|career history|professional background)$/,
  ],
  [
    'experience',
    /^(experiences?( professionnelles?)?|parcours professionnel|berufserfahrung(en)?|beruflicher werdegang|berufspraxis|praxiserfahrung|werkervaring(en)?|(relevante |professionele )?ervaring|loopbaan|experiencias?( laboral(es)?| profesional(es)?)?|trayectoria( profesional)?|experiencias? profissional|experiencias? profissionais|historico profissional)$/,
  ],
  [
    'education',
    /^(education|academic background|academics|education and training|education & training|training|qualifications|academic qualifications|educational background)$/,
  ],
  [
    'education',
    /^(formations?( academiques?)?|formation et diplomes|etudes|diplomes|parcours academique|ausbildung|bildungsweg|schulbildung|studium|akademischer werdegang|opleiding(en)?|onderwijs|scholing|educacion|formacion( academica)?|estudios|formacao( academica)?|educacao|escolaridade)$/,
  ],
  [
    'skills',
    /^((technical |core |key |computer |it )?skills|skill highlights|highlights|core competencies|competencies|technologies|technical proficiencies|tools|expertise|areas of expertise)$/,
  ],
  [
    'skills',
    /^(competences( cles| techniques)?|savoir-faire|kenntnisse|fahigkeiten|kompetenzen|fachkenntnisse|edv-kenntnisse|vaardigheden|competenties|kennis|habilidades|competencias|aptitudes|conocimientos|conhecimentos)$/,
  ],
  [
    'summary',
    /^(summary|professional summary|profile|professional profile|objective|career objective|about me|executive profile|executive summary|career overview|overview|personal statement)$/,
  ],
  [
    'summary',
    /^(profil( professionnel)?|a propos( de moi)?|objectif|kurzprofil|uber mich|zusammenfassung|profiel|over mij|samenvatting|perfil( profesional| profissional)?|resumen|sobre mi|sobre mim|objetivo|resumo)$/,
  ],
  [
    'other',
    /^(certifications?|licenses?( and certifications)?|accomplishments|achievements|awards|honors|projects|publications|languages|interests|hobbies|references|volunteer( experience)?|activities|affiliations|additional information|courses)$/,
  ],
  [
    'other',
    /^(langues|centres d'interet|loisirs|references|sprachen|sprachkenntnisse|zertifikate|hobbys|interessen|talen|certificaten|hobby's|interesses|idiomas|certificaciones|intereses|linguas|certificacoes)$/,
  ],
];

function headingKind(line: string): SectionKind | undefined {
  const clean = line
    .trim()
    .replace(/[:：|•#*_=\-–]+$/g, '')
    .replace(/^[#*_\s]+/, '')
    .trim()
    .toLowerCase();
  if (!clean || clean.length > 40) return undefined;
  const folded = foldAccents(clean).replace(/’/g, "'");
  return HEADINGS.find(([, pattern]) => pattern.test(folded))?.[0];
}

export const isSectionHeading = (line: string): boolean => headingKind(line) !== undefined;

export function findSections(text: string): Section[] {
  const sections: Section[] = [];
  let current: { kind: Section['kind']; heading: string; start: number } = { kind: 'header', heading: '', start: 0 };
  let offset = 0;
  for (const line of text.split('\n')) {
    const kind = headingKind(line);
    if (kind) {
      sections.push({ ...current, end: offset });
      current = { kind, heading: line.trim(), start: offset + line.length + 1 };
    }
    offset += line.length + 1;
  }
  sections.push({ ...current, end: text.length });
  return sections.filter((s) => s.end > s.start || s.kind !== 'header');
}

export function sectionText(text: string, sections: readonly Section[], kind: Section['kind']): string {
  return sections
    .filter((s) => s.kind === kind)
    .map((s) => text.slice(s.start, s.end))
    .join('\n');
}
