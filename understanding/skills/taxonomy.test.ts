import { extractSkills, normalizeSkill, normalizeSkills, skillsIn } from './taxonomy';

describe('skill normalization', () => {
  it.each([
    ['golang', 'Go'],
    ['Golang', 'Go'],
    ['JS', 'JavaScript'],
    ['javascript', 'JavaScript'],
    ['ECMAScript', 'JavaScript'],
    ['C#', 'C#'],
    ['c#', 'C#'],
    ['csharp', 'C#'],
    ['C', 'C'],
    ['C++', 'C++'],
    ['cpp', 'C++'],
    ['k8s', 'Kubernetes'],
    ['postgres', 'PostgreSQL'],
    ['node', 'Node.js'],
    ['NodeJS', 'Node.js'],
    ['node.js', 'Node.js'],
    ['ReactJS', 'React'],
    ['.net', '.NET'],
    ['Structured query language SQL', 'SQL'],
    ['Apache Kafka', 'Apache Kafka'],
    ['kafka', 'Apache Kafka'],
    ['MS Excel', 'Microsoft Excel'],
    ['Atlassian JIRA', 'Jira'],
  ])('%s → %s', (typed, canonical) => {
    expect(normalizeSkill(typed)).toBe(canonical);
  });

  it('keeps C, C# and C++ apart and drops what it does not know', () => {
    expect(new Set(normalizeSkills(['C', 'C#', 'C++', 'c', 'Basket weaving']))).toEqual(new Set(['C', 'C#', 'C++']));
    expect(normalizeSkill('NET')).toBeNull();
  });
});

describe('skill extraction', () => {
  const posting = `Requirements:
- 5+ years with Go, Python and PostgreSQL; k8s and Terraform on AWS.
- Familiarity with React/Next.js and Node.js is a plus.
We go above and beyond. Vitamin C matters. React quickly to incidents. Our chef cooks on site.`;

  it('finds canonical skills with evidence spans that point at the text', () => {
    const mentions = extractSkills(posting);
    for (const m of mentions) expect(posting.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.find((m) => m.skill === 'Kubernetes')?.text).toBe('k8s');
    expect(skillsIn(posting)).toEqual([
      'Go',
      'Python',
      'PostgreSQL',
      'Kubernetes',
      'Terraform',
      'AWS',
      'React',
      'Next.js',
      'Node.js',
    ]);
  });

  it('does not read ordinary words as skills', () => {
    const prose =
      'We go above and beyond. Vitamin C matters. React quickly to incidents. Our chef cooks; the spring menu changes.';
    expect(skillsIn(prose)).toEqual([]);
  });

  it('prefers the longest name at a position', () => {
    expect(skillsIn('Built apps in React Native and Spring Boot')).toEqual(['React Native', 'Spring Boot']);
  });
});
