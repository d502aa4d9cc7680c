import { cosine } from './embedder';
import { hashEmbed, lexicalTokens } from './hashing';

describe('lexicalTokens', () => {
  it('keeps tech names intact and drops stopwords, bare numbers and edge punctuation', () => {
    expect(lexicalTokens('We use C++, C# and Node.js. The .NET team has 12 engineers.')).toEqual([
      'use',
      'c++',
      'c#',
      'node.js',
      'net',
      'engineers',
    ]);
  });
});

describe('hashEmbed', () => {
  it('is deterministic and unit length', () => {
    const a = hashEmbed('Senior Go engineer, PostgreSQL, Kubernetes');
    const b = hashEmbed('Senior Go engineer, PostgreSQL, Kubernetes');
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(a.length).toBe(384);
    expect(Math.hypot(...a)).toBeCloseTo(1, 5);
  });

  it('scores word overlap: shared vocabulary beats unrelated text', () => {
    const query = hashEmbed('backend engineer Go PostgreSQL Kubernetes');
    const related = hashEmbed('We hire a backend engineer: Go services on Kubernetes with PostgreSQL');
    const unrelated = hashEmbed('Registered nurse for night shifts in the emergency department');
    expect(cosine(query, related)).toBeGreaterThan(0.4);
    expect(Math.abs(cosine(query, unrelated))).toBeLessThan(0.15);
  });

  it('gives a zero vector (cosine 0, not NaN) for text without words', () => {
    const empty = hashEmbed('  12 -- !!! ');
    expect(Array.from(empty).every((x) => x === 0)).toBe(true);
    expect(cosine(empty, hashEmbed('engineer'))).toBe(0);
  });
});
