import { loadSkillTaxonomy } from '../skills/taxonomy';
import { loadTitleClassifier } from '../titles/title-classifier';
import { findDateRanges } from './date-ranges';
import { chooseResumeTitle, titleLine } from './resume-title';

describe('resume title lines', () => {
  const taxonomy = loadSkillTaxonomy();

  // The lines real resumes gave as their title: a skill line, a tool list, a heading, a trait, an acronym list.
  it.each([
    'Strong communication skills',
    'Familiar: Excel, PowerPoint, Visio',
    'Career Focus',
    'Calm and patient',
    'Benefits Eligibility System (BES), VRS Navigator (VNAV))',
    'Managed a team of 12 and improved retention by 20%.',
    'Excel, PowerPoint',
    'Support english and spanish incoming call flow',
    // Lines taken as titles in the LiveCareer categories with the lowest consistency.
    'management Accomplished manager Goal-oriented Positive and upbeat',
    'MOD, MANAGER ON DUTIE WHEN MANAGERS ARENT PRESENT',
    'Lead Team of 15 professionals\u00c2',
    'Lead management team',
    'Nutritional guidance and support',
    // A name, a company, an aside: the job noun of O*NET's titles at the end is no title here.
    'Marilyn Hunter',
    'Express Employment Professionals',
    'Prime Communication (AT&T Authorized Retailer)',
    // A duty under an HR generalist's job: taken as a role, it made her an intern.
    'Developed and executed Employee Internship/Co-Op Program',
    // A name that is also a job word in German: a title in another language opens with its job word.
    'Jennifer Koch',
    // A wrapped list's last line above the Experience heading: a nurse's resume was read as a student's.
    'student population',
    // A phone number, a ZIP code or a date says the line is no title.
    'Top Producer in July 2014 1.8M in Sales Volume',
    'Store Manager 555-123-4567',
    'Springfield, IL 62704',
    // Several commas list skills unless every item names a job.
    'Payroll, Scheduling, Inventory',
    'Customer Service, Sales, Cashier',
  ])('%j is not a title', (line) => {
    expect(titleLine(line, taxonomy)).toBeNull();
  });

  // Titles in the other languages real postings use: their job words are the title glossary's.
  it.each([
    'Cheffe de cuisine',
    'Cheffe de cuisine, Le Petit Bistro — Paris',
    'Krankenpfleger',
    'Boekhouder',
    'Profesora de primaria',
    'Carpinteiro',
  ])('%j is a title', (line) => {
    expect(titleLine(line, taxonomy)).not.toBeNull();
  });

  it.each([
    'OPERATIONS MANAGER',
    'Registered Nurse',
    'Sous Chef',
    'Biology Teacher',
    'Carpenter Apprentice',
    'Assistant Manager of the Downtown Store',
    // "patient" is a trait only without a job word ("Calm and patient" above stays refused).
    'PATIENT ADVOCATE',
    'Patient Service Representative',
    'DETECTIVE',
    'SENIOR SPECIAL INVESTIGATOR',
    'FINANCIAL INSTITUTION EXAMINER',
    // Job nouns of O*NET's titles beyond the common ones: these resumes had stated no title.
    'PHLEBOTOMIST',
    'PEST CONTROL TECH',
    'CONCIERGE/DOORMAN',
    'HUMAN RESOURCES PROFESSIONAL',
    'AVIATION MAINTAINER',
    'Warehouse Picker',
    'HOSTESS',
    // A title's field may be a professional skill's name; that is no list of tools.
    'SOURCING & MERCHANDISING ANALYST',
    'BUDGET ANALYST/RESEARCH ADMINISTRATOR',
    'BEAUTY ADVISOR, MAKEUP ARTIST',
    'BUSINESS DEVELOPMENT MANAGER/STAFFING MANAGER',
    // Misspelled job words, a grade after a job noun, a federal series and a fleet number: headlines
    // that had been refused, leaving the resume to a past role or to no title at all.
    'CLAIMS SERVICE MANGER',
    'SALES ASSOCITE',
    'SUPERINTENDANT',
    'STOREKEEPER II',
    'BUDGET ANALYST SERIES 0560',
    '737 INDUSTRIAL ENGINEERING MANAGER',
    // Several roles held at once: every item names a job.
    'FACULTY, CLINICAL INSTRUCTOR, & CLINICAL COORDINATOR',
    'ATHLETIC DIRECTOR, COACH, PE TEACHER',
    'Adjunct Faculty',
    // The experience of those served is a field, not the heading "Experience".
    'PATIENT EXPERIENCE MANAGER',
    'Customer Experience Lead',
    // Retail jobs no O*NET title spells.
    'KEYHOLDER',
    'BOOKSELLER',
  ])('%j is a title', (line) => {
    expect(titleLine(line, taxonomy)).toBe(line);
  });

  it.each([
    ['Sandwich Artist ,     \u00ef\u00bc\u200b', 'Sandwich Artist'],
    ['Volunteer EMT ( )', 'Volunteer EMT'],
  ])('%j is the title %j once the debris of its encoding is gone', (line, title) => {
    expect(titleLine(line, taxonomy)).toBe(title);
  });

  const chooseFrom = (lines: readonly string[]) => {
    const text = lines.join('\n');
    return chooseResumeTitle(
      text,
      findDateRanges(text, new Date('2021-06-01T00:00:00Z')),
      loadTitleClassifier(),
      taxonomy,
    );
  };

  it('falls back to the most recent role and says so when the headline states no title', () => {
    const lines = [
      'Jane Doe',
      'Calm and patient',
      'Strong communication skills',
      '',
      'Experience',
      'Sous Chef 03/2017 to Current',
      'Company Name City , State',
      'Line Cook 01/2014 to 02/2017',
    ];
    const choice = chooseFrom(lines);
    expect(choice.written).toBe('Sous Chef');
    expect(choice.recentRole).toBe('Sous Chef');
    expect(choice.source).toBe('recent-role');
    expect(choice.confident).toBe(false);
    expect(choice.occupations[0]?.code).toBe('35-1011.00');
  });

  it("reads a bare rank or arrangement by the resume's skills, a rank among managers", () => {
    const classifier = loadTitleClassifier();
    const choose = (headline: string, skills: readonly string[]) =>
      chooseResumeTitle(`${headline}\nSummary\nDelivered results.`, [], classifier, taxonomy, 5, skills);
    // Read alone, "Manager" is an architectural and engineering manager.
    const it = ['ITIL', 'Network administration', 'Microsoft Azure', 'SQL', 'Jira', 'Agile'];
    const manager = choose('MANAGER', it);
    expect(manager.written).toBe('MANAGER');
    expect(manager.occupations[0]?.code).toBe('11-3021.00');
    expect(manager.confident).toBe(false);
    const kitchen = ['Food safety', 'Menu planning', 'Food preparation', 'Inventory management'];
    expect(choose('Manager', kitchen).occupations[0]?.code).toMatch(/^35-1012|^11-9051/);
    const fitness = ['Personal training', 'Nutrition', 'CPR', 'Group fitness'];
    expect(choose('INTERN', fitness).occupations[0]?.code).not.toBe('29-1299.00');
    // An owner is a chief executive whatever the skills.
    expect(choose('OWNER', it).occupations[0]?.code).toBe('11-1011.00');
    // Read alone, "Crew Member" is a mobile-home installer; on a cashier's resume, food service or retail.
    const counter = ['Cash handling', 'Customer service', 'Food safety', 'Food preparation', 'Point of sale'];
    const crew = choose('CREW MEMBER', counter);
    expect(crew.occupations[0]?.code).not.toBe('49-9095.00');
    expect(crew.occupations[0]?.code).toMatch(/^35-|^41-|^11-9051/);
    expect(crew.confident).toBe(false);
    // A rank over a staff is a rank: read alone, "Team Lead" was an instructional coordinator.
    expect(choose('TEAM LEAD', kitchen).occupations[0]?.code).toMatch(/^35-1012|^11-9051/);
    expect(choose('Shift Supervisor', counter).occupations[0]?.code).toMatch(/^35-1012|^11-9051|^41-1011/);
    // A program is run in every field: read alone, "Program Manager" ran a broadcaster's schedule.
    const gym = ['Personal training', 'Group fitness', 'Nutrition', 'Member retention', 'Budgeting'];
    for (const title of ['PROGRAM MANAGER', 'Program Director']) {
      const program = choose(title, gym);
      expect(program.written).toBe(title);
      expect(program.occupations[0]?.code).not.toBe('27-2012.03');
      expect(program.occupations[0]?.code).toMatch(/^11-/);
    }
    expect(choose('PROGRAM MANAGER', it).occupations[0]?.code).toMatch(/^11-3021|^15-1299.09|^11-1021/);
    // A consultant works in every field: read alone, "Consultant" sold real estate.
    const hr = ['Employee relations', 'Performance management', 'Recruiting', 'Onboarding', 'Payroll'];
    for (const [skills, code] of [
      [hr, /^13-1071|^11-3121|^13-1141/],
      [['Java', 'Spring Boot', 'Test-driven development', 'Git', 'SQL'], /^15-/],
    ] as const) {
      const consultant = choose('CONSULTANT', skills);
      expect(consultant.written).toBe('CONSULTANT');
      expect(consultant.occupations[0]?.code).not.toBe('41-9022.00');
      expect(consultant.occupations[0]?.code).toMatch(code);
      expect(consultant.confident).toBe(false);
    }
    // A research scientist is a scientist of the field the resume's skills say.
    const lab = ['Molecular biology', 'PCR', 'Cell culture', 'Western blotting', 'Laboratory skills'];
    const researcher = choose('RESEARCH SCIENTIST', lab);
    // Read alone it is a data scientist (O*NET lists it under twenty occupations); a biologist's is a biologist.
    expect(researcher.occupations[0]?.code).toMatch(/^19-1/);
  });

  it('reads a headline of a job noun O*NET uses, where it had taken a past role or nothing', () => {
    const lines = ['PHLEBOTOMIST', 'Professional Summary', 'Reliable and accurate.', '', 'Experience'];
    const choice = chooseFrom([...lines, 'Cashier 03/2017 to Current', 'Company Name City , State']);
    expect(choice.written).toBe('PHLEBOTOMIST');
    expect(choice.source).toBe('headline');
    expect(choice.occupations[0]?.code).toBe('31-9097.00');
  });

  it('with no title and no dated role, takes the role the summary opens with, and says so', () => {
    const choice = chooseFrom([
      'Jane Doe',
      'Summary',
      'Motivated logistics specialist, successful at managing inventory control',
      'and transportation logistics.',
    ]);
    expect(choice.written).toBe('logistics specialist');
    expect(choice.source).toBe('summary');
    expect(choice.confident).toBe(false);
    expect(choice.occupations[0]?.code).toBe('13-1081.00');
  });

  it.each([
    ['a duty, not the opening role', 'Able to deliver reports or drawings to supervisor, and more.'],
    ['a trait', 'Natural leader with ten years in retail.'],
  ])('reads no role from a summary sentence with %s', (_, sentence) => {
    const choice = chooseFrom(['Jane Doe', 'Summary', sentence]);
    expect(choice.written).toBeNull();
    expect(choice.source).toBeNull();
  });

  it('keeps a stated headline first: past roles add alternatives, they do not replace it', () => {
    // A LiveCareer TEACHER resume was filed under Cashiers: "Teacher" spreads over a dozen kinds of
    // teacher, and the recent "Cashier" role, counted half, still outweighed each of them.
    const lines = [
      'TEACHER',
      'Summary',
      'Experienced educator.',
      '',
      'Experience',
      'Cashier 03/2019 to Current',
      'Company Name City , State',
      'Cashier 01/2016 to 02/2019',
    ];
    const choice = chooseFrom(lines);
    expect(choice.written).toBe('TEACHER');
    expect(choice.source).toBe('headline');
    expect(choice.occupations[0]?.code).toMatch(/^25-/);
    expect(choice.occupations.map((g) => g.code)).toContain('41-2011.00');
  });

  it('with no line naming a job, leaves the title unknown and guesses occupations from the skills alone', () => {
    const text = ['Jane Doe', 'Calm and patient', '', 'Skills', 'Food safety, menu planning, food preparation'].join(
      '\n',
    );
    const choice = chooseResumeTitle(text, [], loadTitleClassifier(), taxonomy, 5, [
      'Food safety',
      'Menu planning',
      'Food preparation',
    ]);
    expect(choice.written).toBeNull();
    expect(choice.confident).toBe(false);
    // Food preparation and serving (35-) or its managers (Food Service Managers).
    expect(choice.occupations[0]?.code).toMatch(/^(35-|11-9051)/);
  });
});
