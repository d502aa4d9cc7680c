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
    ['We are 250+ engineers across Frontend, Backend, SRE and QA.', 'Quality assurance'],
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
