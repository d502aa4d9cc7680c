import { findEducation, highestEducation } from './education';

const levelOf = (text: string) => highestEducation(findEducation(text));

describe('education', () => {
  // LiveCareer's "Degree : Field" lines, and postings' "B.S or …".
  it.each([
    ['B.S : Business Administration Accounting Montclair State College', 'bachelor'],
    ['BA : Chemistry Pacific Lutheran University', 'bachelor'],
    ['B.A University of Oregon, School of Journalism', 'bachelor'],
    ['B.E : Electronics and Communication Engineering', 'bachelor'],
    ['M.S : Computer Science Illinois Institute of Technology', 'master'],
    ['M.B.A : Marketing & Finance, 1978', 'master'],
    ['Associates , Applied Science Electronics Engineering 2011', 'associate'],
    ['Associates : Nursing', 'associate'],
    ['DIPLOMA : CULINARY ARTS , 1998 Pinellas Technical', 'certificate'],
    ['Diploma : General Studies , 1 1986 Maury High School', 'high_school'],
    ['High School Diploma : General Education', 'high_school'],
    ['Jun 2007\nHigh SchoolDiploma State', 'high_school'],
    ['Minimum education is a B.S or ideally an MS in a technical field', 'bachelor'],
  ] as const)('%j is %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  it.each([
    ["Bachelor's degree in Computer Science", 'bachelor'],
    ['Grado en Informática, Telecomunicaciones o Electrónica', 'bachelor'],
    ['Licenciatura em Administração', 'bachelor'],
    ['Máster en Dirección de Empresas', 'master'],
    ['Mestrado em Engenharia', 'master'],
    ['Doctorat en chimie', 'doctorate'],
    ['eine Ausbildung zum Fachinformatiker (m/w/d)', 'certificate'],
    ['Abitur, Gymnasium München', 'high_school'],
  ] as const)('%j is %s', (text, level) => {
    expect(levelOf(text)).toBe(level);
  });

  // Words other languages use for degrees that English postings use for other things.
  it.each([
    'Trusted by brands including HBO, The Oscars, ESPN',
    'A/B test tools such as Google Optimize, Optimizely, VWO, or similar',
    'A solid understanding of micro-service architectures and CAP theorem',
    'Attach the probe to the DUT and the BTS',
    // A product's initials are no master of arts.
    'Real Estate P.M.A.S., AppFolio, ADP Ezlabor',
    'Smith & Associates, LLC',
  ])('%j names no degree', (text) => {
    expect(levelOf(text)).toBeNull();
  });
});
