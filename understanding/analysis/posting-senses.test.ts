import { skillsIn } from '../skills/taxonomy';
import { analysePosting } from './analyse-posting';

const skillsOf = (description: string): string[] => {
  const p = analysePosting({ title: 'Senior Software Engineer', description });
  return [...p.skillsRequired, ...p.skillsPreferred];
};

// A posting's words for its employer, product and offer (posting-senses.ts); the same words in a
// resume, or of the work in a posting, are the skill.
describe("a posting's own senses", () => {
  it.each([
    ['Meet the hiring manager, then two technical interviews. Skills: Go, Kafka.', 'Recruiting'],
    ['Our recruiting team will reach out within a week.', 'Recruiting'],
    ['Build a new exciting platform to serve our customers using cutting edge technology.', 'Customer service'],
    [
      '5+ years of software engineering experience in production settings writing clean code.',
      'Manufacturing processes',
    ],
    ['Virtual team building and socials. Keeping people connected is essential.', 'Team leadership'],
    ['Build the platform that powers small business loans and lending.', 'Loan processing'],
    ['Experience with verification and validation of complex and/or safety critical systems.', 'Health and safety'],
    ['Our mission is to revolutionize customer experience through empathetic AI.', 'Customer service'],
    ['Ability to quickly learn billing/payment related third party integrations like Stripe.', 'Invoicing'],
    ['Assist in system administration and maintenance.', 'Equipment maintenance'],
    ['You will start working on an onboarding exercise that introduces you to the codebase.', 'Onboarding'],
    ['Annual budget for your tech/gadgets needs', 'Budgeting'],
    ['We make the hard things easier for sales, marketing and customer service teams.', 'Marketing'],
    ['Partner with our go-to-market teams on launches.', 'Product marketing'],
    [
      'To improve product quality, work closely with the team: test estimation, test planning, test strategy, test cases.',
      'Estimating',
    ],
  ])('reads "%s" as the employer\'s: no %s', (text, skill) => {
    expect(skillsIn(text)).toContain(skill);
    expect(skillsOf(text)).not.toContain(skill);
  });

  it.each([
    ['Manage full-cycle recruiting for engineering roles and source candidates.', 'Recruiting'],
    ['Provide excellent customer service to callers and resolve their tickets.', 'Customer service'],
    ['Perform preventative maintenance on HVAC equipment.', 'Equipment maintenance'],
    ['Skills: loans, lending, underwriting', 'Loan processing'],
    ['Manage the departmental budget and forecast quarterly spend.', 'Budgeting'],
  ])('still reads "%s" in a posting as %s', (text, skill) => {
    expect(skillsOf(text)).toContain(skill);
  });

  it('leaves the same words to a resume', () => {
    expect(skillsIn('Skills: billing systems, coding, insurance verification')).toContain('Invoicing');
    expect(skillsIn('Partnered with hiring managers to fill 40 positions; managed the hiring process.')).toContain(
      'Recruiting',
    );
  });
});

// Where the employer describes its own trade, a professional word is that trade, not the work's.
describe('an employer describing itself', () => {
  const of = (company: string, description: string): string[] => {
    const p = analysePosting({ title: 'Senior Android Engineer', description, company });
    return [...p.skillsRequired, ...p.skillsPreferred];
  };

  it.each([
    [
      'Sword Health',
      'Sword Health is a health care company that provides virtual physical therapy.',
      'Physical therapy',
    ],
    ['Roadie', 'Roadie, a UPS Company, is a logistics management and delivery platform.', 'Logistics'],
    [
      'Prelim',
      '**About Prelim:**\n\nPrelim is a software provider that specializes in customer onboarding for banks.',
      'Onboarding',
    ],
    ['Kpler', 'At Kpler, we are dedicated to helping our clients navigate complex markets.', 'Customer service'],
    ['Acme', 'We are the leading provider of bookkeeping for small businesses. Build Android apps.', 'Bookkeeping'],
    ['Acme', 'Founded in 2014, Acme is a trailblazer in the residential real estate industry.', 'Real estate'],
    [
      'SecurityScorecard',
      'SecurityScorecard (NYSE: SSC) is the global leader in cybersecurity ratings.',
      'Cybersecurity',
    ],
  ])('%s: "%s" asks for no %s', (company, text, skill) => {
    expect(skillsIn(text)).toContain(skill);
    expect(of(company, text)).not.toContain(skill);
  });

  it.each([
    // speaking of the opening or to the candidate: the role's words
    ['Twilio', 'Twilio is looking for a Communications Solutions Engineer.', 'Communications'],
    ['Kong', 'Kong is looking for a customer facing Sales Engineer.', 'Sales'],
    ['Acme', 'Acme is growing, and you will manage the release budget.', 'Budgeting'],
    // a duty with the company as its subject, and the same words elsewhere in the posting
    ['Acme', 'Acme is a fintech. Provide excellent customer service to our merchants.', 'Customer service'],
  ])('%s: still reads "%s" as %s', (company, text, skill) => {
    expect(of(company, text)).toContain(skill);
  });

  it('keeps the technologies an employer names of itself: they are its stack', () => {
    expect(of('Supabase', 'Supabase is an open source company building developer tools for Postgres.')).toContain(
      'PostgreSQL',
    );
  });

  it('needs a sentence to open with the employer: another company named mid-sentence is no self-description', () => {
    expect(
      of('Acme', 'Help clinics switch from Sword Health is a plus; physical therapy experience required.'),
    ).toContain('Physical therapy');
  });
});
