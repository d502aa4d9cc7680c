import { findSections, isSectionHeading } from './sections';

describe('resume sections', () => {
  it.each([
    ['PROFESSIONAL EXPERIENCE', 'experience'],
    ['Expérience professionnelle', 'experience'],
    ['Berufserfahrung:', 'experience'],
    ['Werkervaring', 'experience'],
    ['Experiencia laboral', 'experience'],
    ['Experiência Profissional', 'experience'],
    ['Formation', 'education'],
    ['Ausbildung', 'education'],
    ['Opleiding', 'education'],
    ['Formación académica', 'education'],
    ['Formação', 'education'],
    ['Compétences', 'skills'],
    ['Kenntnisse', 'skills'],
    ['Vaardigheden', 'skills'],
    ['Habilidades', 'skills'],
    ['Competências', 'skills'],
    ['Profil', 'summary'],
    ['Über mich', 'summary'],
    ['Profiel', 'summary'],
    ['Perfil', 'summary'],
    ['Langues', 'other'],
    ['Sprachen', 'other'],
    ['Idiomas', 'other'],
  ])('%j heads a section of kind %s', (heading, kind) => {
    const sections = findSections(`Jane Doe\n${heading}\nSome line of the section`);
    expect(sections.map((s) => s.kind)).toEqual(['header', kind]);
  });

  it.each(['Managed the kitchen brigade', 'Koch', 'Formation of a new team in 2019'])('%j is no heading', (line) => {
    expect(isSectionHeading(line)).toBe(false);
  });
});
