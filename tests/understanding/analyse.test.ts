import { analysePosting } from '../../understanding/analysis/analyse-posting';
import { analyseResume } from '../../understanding/analysis/analyse-resume';
import { readDocument } from '../../understanding/document/read-document';
import { RESUME_MARKDOWN, RESUME_TEXT } from './fixtures/documents';

const asOf = new Date('2026-11-15T00:00:00Z');

describe('Hermes: resume analysis', () => {
  it('turns the backend engineer resume into a profile with evidence', async () => {
    const { text } = await readDocument({ bytes: Buffer.from(RESUME_MARKDOWN), fileName: 'resume.md' });
    const a = analyseResume(text, { asOf });
    // O*NET files "Back End Developer" under Web Developers and "Software Engineer" under Software Developers.
    expect(['15-1252.00', '15-1254.00']).toContain(a.onetCode);
    expect(a.occupations.map((o) => o.code)).toEqual(expect.arrayContaining(['15-1252.00', '15-1254.00']));
    expect(a.jobTitle).toMatch(/Engineer/);
    expect(a.seniority).toBe('senior');
    expect(a.educationLevel).toBe('master');
    expect(a.location).toBe('Portland, OR');
    // Sep 2015 → Nov 2026 with the three jobs merged; the 2014–2016 degree does not count.
    expect(a.experience.totalMonths).toBe(2026 * 12 + 10 - (2015 * 12 + 8) + 1);
    expect(a.yearsExperience).toBe(11.3); // 135 months
    expect(a.skills).toEqual(
      expect.arrayContaining([
        'Go',
        'Python',
        'PostgreSQL',
        'Kubernetes',
        'Terraform',
        'AWS',
        'React',
        'Node.js',
        'C',
        'C++',
        'Apache Kafka',
        'Docker',
      ]),
    );
    expect(a.skills).not.toContain('C#');
    for (const m of a.skillEvidence) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(a.links.map((l) => l.kind).sort()).toEqual(['github', 'linkedin']);
  });

  it('turns the nurse resume into a profile', () => {
    const a = analyseResume(RESUME_TEXT, { asOf });
    expect(a.onetCode).toBe('29-1141.00');
    expect(a.jobTitle).toBe('Registered Nurse');
    expect(a.educationLevel).toBe('bachelor');
    expect(a.location).toBe('Tucson, AZ');
    // 07/2013 → present, the two jobs back to back.
    expect(a.experience.totalMonths).toBe(2026 * 12 + 10 - (2013 * 12 + 6) + 1);
    expect(a.experience.ranges.some((r) => r.ongoing)).toBe(true);
    expect(a.skills).not.toContain('Go');
  });

  it("takes the level the title or the latest role states, then the years; an old role's level is out of date", () => {
    const resume = (headline: string, latest: string) =>
      [
        headline,
        'Experience',
        `${latest} 09/2014 to Current`,
        'Company Name City , State',
        'Developed and executed Employee Internship/Co-Op Program',
        'HR Intern 01/2012 to 08/2014',
        'Company Name City , State',
      ].join('\n');
    // Twelve years since 2014: neither the internship nor the duty line beside the dates says intern.
    expect(analyseResume(resume('HR GENERALIST', 'HR Generalist'), { asOf }).seniority).toBe('lead');
    expect(analyseResume(resume('HR GENERALIST', 'Senior HR Generalist'), { asOf }).seniority).toBe('senior');
    expect(analyseResume(resume('HR DIRECTOR', 'HR Generalist'), { asOf }).seniority).toBe('executive');
    // A staff accountant of twelve years is no team lead by the word "staff": the years say so.
    expect(analyseResume(resume('STAFF ACCOUNTANT', 'Staff Accountant'), { asOf }).seniority).toBe('lead');
    // From 09/2023 the two jobs make 71 months, under ten years.
    const recent = resume('STAFF ACCOUNTANT', 'Staff Accountant').replace('09/2014', '09/2023');
    expect(analyseResume(recent, { asOf }).seniority).toBe('senior');
  });

  it('reads a resume in another language real postings use: its title, sections, dates and degree', () => {
    const french = [
      'Marie Dupont',
      'Cheffe de cuisine',
      'Paris, France',
      'Expérience professionnelle',
      'Cheffe de cuisine, Le Petit Bistro — Paris',
      "Janvier 2018 – Aujourd'hui",
      '- Élaboration des menus, gestion des stocks, normes HACCP',
      'Sous-chef, Hôtel du Parc — Lyon',
      'Mars 2012 – Décembre 2017',
      'Formation',
      'Licence professionnelle Arts culinaires, Université de Lyon, 2011',
      'Stage, Brasserie Nord, 2010 – 2011',
    ].join('\n');
    const a = analyseResume(french, { asOf });
    expect(a.jobTitle).toBe('Cheffe de cuisine');
    expect(a.titleSource).toBe('headline');
    expect(a.onetCode).toBe('35-1011.00');
    // Mar 2012 → Nov 2026 without a gap; the internship under Formation is study, not work.
    expect(a.experience.totalMonths).toBe(2026 * 12 + 10 - (2012 * 12 + 2) + 1);
    expect(a.educationLevel).toBe('bachelor');
    expect(a.skills).toEqual(expect.arrayContaining(['Menu planning', 'Inventory management', 'Food safety']));
    const german = [
      'Jonas Becker',
      'Krankenpfleger',
      'Berufserfahrung',
      'Krankenpfleger, Klinikum Schwabing',
      'März 2016 – heute',
    ];
    const g = analyseResume(german.join('\n'), { asOf });
    expect(g.onetCode).toBe('29-1141.00');
    expect(g.experience.ranges.map((r) => r.ongoing)).toEqual([true]);
  });

  it('reads no skill from a section heading, only from what the section says', () => {
    const resume = [
      'Line Cook',
      'Experience',
      'Line Cook, Blue Door Bistro 03/2015 to Current',
      'Prepared sauces and soups; kept the walk-in organized.',
      'Education and Training',
      'Culinary Arts Certificate, City College 2014',
    ].join('\n');
    expect(analyseResume(resume, { asOf }).skills).not.toContain('Teaching');
    const teacher = resume.replace('Prepared sauces', 'Teaching knife skills to new hires; prepared sauces');
    expect(analyseResume(teacher, { asOf }).skills).toContain('Teaching');
  });

  it('gives nothing rather than guesses for an empty profile', () => {
    const a = analyseResume('Jane Roe\njane@example.com', { asOf });
    expect(a.yearsExperience).toBeNull();
    expect(a.educationLevel).toBeNull();
    expect(a.skills).toEqual([]);
  });
});

describe('Hermes: posting analysis', () => {
  const description = `## About the role
We are hiring a Senior Backend Engineer to build our payments platform. This is a fully remote role (US time zones).

## Requirements
- 5+ years of experience building APIs in Go or Java
- 2+ years with PostgreSQL and Kafka
- Bachelor's degree in Computer Science or equivalent experience
- Experience with Kubernetes and AWS

## Nice to have
- Terraform, Datadog
- Master's degree

We are unable to sponsor visas for this position.
Salary: $165,000 - $210,000 per year.`;

  it('asks for no skill the employer names of itself: benefits, hiring, its blog, equal opportunity', () => {
    const text = `### **Job Description**
Acme is hiring a Line Cook. You will prepare sauces and keep food safety standards.

## What you bring
- Knife skills and menu planning

## Perks & Benefits
- Learning budget, employee benefits, recruitment referral bonus

### **Company Description**
Acme Capital is a digital investment platform.

Visit our engineering blog. Acme is an equal opportunity employer; reasonable accommodations are available on request.`;
    const p = analysePosting({ title: 'Line Cook', description: text });
    const skills = [...p.skillsRequired, ...p.skillsPreferred];
    expect(skills).toEqual(expect.arrayContaining(['Food safety', 'Menu planning']));
    const notAsked = ['Job analysis', 'Recruiting', 'Budgeting', 'Benefits administration', 'Blogging', 'EEO'];
    for (const skill of [...notAsked, 'Investment management']) expect(skills).not.toContain(skill);
  });

  it('asks for no skill an offer sentence names, headed or not, and still for a duty that names the same', () => {
    const text =
      'Requirements: Go, PostgreSQL and Kafka. This position is eligible for company sponsored benefits, ' +
      'including medical, dental and vision insurance, 401(k), paid leave and a personal L&D budget. ' +
      'The base salary range for this role is between $140,000 CAD and $190,000 CAD. You may also be offered a ' +
      'bonus, long-term incentives, and benefits. * Pet Insurance * Co-working space budget';
    const p = analysePosting({ title: 'Software Engineer', description: text });
    const skills = [...p.skillsRequired, ...p.skillsPreferred];
    expect(skills).toEqual(expect.arrayContaining(['Go', 'PostgreSQL', 'Apache Kafka']));
    for (const skill of ['Benefits administration', 'Insurance', 'Budgeting', 'Drafting'])
      expect(skills).not.toContain(skill);

    const duty = analysePosting({
      title: 'Benefits Specialist',
      description:
        'Administer employee benefits, including medical, dental and vision insurance and 401(k) plans. ' +
        'Develop and manage the L&D budget.',
    });
    expect(duty.skillsRequired).toEqual(expect.arrayContaining(['Benefits administration', 'Budgeting']));
  });

  it("reads no skill from the employer's own name", () => {
    const description = `PointClickCare has been the backbone of senior care for 20 years.
Requirements: experience with Workday and Salesforce; PointClickCare modules a plus.`;
    const at = analysePosting({ title: 'HR Analyst', description, company: 'PointClickCare Technologies Inc.' });
    const skills = [...at.skillsRequired, ...at.skillsPreferred];
    expect(skills).toEqual(expect.arrayContaining(['Workday', 'Salesforce']));
    expect(skills).not.toContain('PointClickCare');
    // Another employer asking for the product still asks for it.
    const elsewhere = analysePosting({ title: 'Nurse Manager', description, company: 'Sunrise Senior Living' });
    expect([...elsewhere.skillsRequired, ...elsewhere.skillsPreferred]).toContain('PointClickCare');
  });

  it('separates required from nice-to-have and reads the terms', () => {
    const p = analysePosting({ title: 'Senior Software Engineer, Payments (Go)', description, location: 'Remote US' });
    expect(p.onetCode).toBe('15-1252.00');
    expect(p.skillsRequired).toEqual(
      expect.arrayContaining(['Go', 'Java', 'PostgreSQL', 'Apache Kafka', 'Kubernetes', 'AWS']),
    );
    expect(p.skillsPreferred).toEqual(expect.arrayContaining(['Terraform', 'Datadog']));
    expect(p.skillsPreferred).not.toContain('Go');
    expect(p.yearsRequired).toBe(5);
    expect(p.educationRequired).toBe('bachelor');
    expect(p.seniority).toBe('senior');
    expect(p.remoteType).toBe('remote');
    expect(p.visaSponsorship).toBe(false);
    expect(p.salary).toEqual({
      min: 165000,
      max: 210000,
      currency: 'USD',
      period: 'year',
      annualMin: 165000,
      annualMax: 210000,
    });
  });

  it('reads a title of a bare rank by what the posting asks for, among managers', () => {
    // Read alone, "Program Director" and "Program Manager" are a broadcaster's Media Programming Directors.
    const gym = analysePosting({
      title: 'Program Director',
      description:
        'Oversee fitness and wellness programs, personal training staff, group fitness classes, member retention and budgeting.',
    });
    expect(gym.onetCode).toBe('11-9179.01');
    const software = analysePosting({
      title: 'Program Manager',
      description:
        'Drive software delivery with engineering teams: Agile, Jira, risk management, release planning, AWS.',
    });
    expect(software.onetCode).not.toBe('27-2012.03');
    expect(software.onetCode).toMatch(/^11-/);
    // A title that names the work is read as written.
    expect(
      analysePosting({
        title: 'Radio Program Director',
        description: 'Plan the on-air schedule of our radio stations.',
      }).onetCode,
    ).toBe('27-2012.03');
  });

  it('annualizes an hourly rate and reads hybrid and on-site postings', () => {
    const hourly = analysePosting({
      title: 'Junior Data Analyst',
      description: 'Hybrid role, 3 days a week in the office. SQL and Excel required. Pay: $30 - $38 per hour.',
      location: 'Chicago, IL',
      salaryText: null,
    });
    expect(hourly.salary).toMatchObject({ period: 'hour', annualMin: 62400, annualMax: 79040, currency: 'USD' });
    expect(hourly.remoteType).toBe('hybrid');
    expect(hourly.seniority).toBe('junior');
    const onsite = analysePosting({
      title: 'Line Cook',
      description: 'This is an on-site role at our downtown kitchen.',
      location: null,
    });
    expect(onsite.remoteType).toBe('onsite');
    expect(onsite.onetCode?.startsWith('35-')).toBe(true);
    expect(onsite.salary).toBeNull();
  });
});
