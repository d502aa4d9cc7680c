import { fulltextText, listingText, profileText } from './documents';

describe('embedding texts', () => {
  const job = {
    title: 'Senior Backend Engineer',
    companyName: 'Acme',
    location: 'Austin, TX',
    snippet: '  Build Go services.  ',
    descriptionText: 'Build Go services on Kubernetes. Own PostgreSQL schemas.',
  };

  it('puts title, company and location before the snippet or the description', () => {
    expect(listingText(job)).toBe('Senior Backend Engineer at Acme (Austin, TX)\nBuild Go services.');
    expect(listingText({ ...job, companyName: null, location: null, snippet: null })).toBe('Senior Backend Engineer');
    expect(fulltextText(job)).toBe(
      'Senior Backend Engineer at Acme (Austin, TX)\nBuild Go services on Kubernetes. Own PostgreSQL schemas.',
    );
    expect(fulltextText({ ...job, descriptionText: null })).toBe(listingText(job));
  });

  it('leads the profile with its canonical title and skills, then the resume text on one line', () => {
    expect(profileText({ title: 'Software Developers', skills: ['Go', 'SQL'] }, 'Line one\n\nLine   two')).toBe(
      'Software Developers\nSkills: Go, SQL\nLine one Line two',
    );
    expect(profileText({ title: null, skills: [] }, null)).toBe('');
  });
});
