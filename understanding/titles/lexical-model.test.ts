import golden from './title-model.golden.json';
import { loadLexicalTitleModel } from './lexical-model';
import { normalizeTitle } from './title-features';

describe('lexical title model', () => {
  const classifier = loadLexicalTitleModel();

  it('reproduces the training script exactly (features, weights, ranking)', () => {
    expect(golden.version).toBe(classifier.version);
    for (const sample of golden.samples) {
      expect(normalizeTitle(sample.title)).toBe(sample.normalized);
      const scores = classifier.scores(sample.title, 5);
      expect(scores.map((s) => s.code)).toEqual(sample.codes);
      scores.forEach((s, i) => expect(s.score).toBeCloseTo(sample.scores[i]!, 5));
    }
  });

  it('ranks occupations with confidences that sum to at most 1', () => {
    const top = classifier.classify('Senior Software Engineer', 5);
    expect(top[0]).toMatchObject({ code: '15-1252.00', title: 'Software Developers' });
    expect(top).toHaveLength(5);
    const total = top.reduce((s, g) => s + g.confidence, 0);
    expect(total).toBeLessThanOrEqual(1.001);
    for (let i = 1; i < top.length; i++) expect(top[i]!.confidence).toBeLessThanOrEqual(top[i - 1]!.confidence);
    expect(classifier.classify('Registered Nurse', 1)[0]?.code).toBe('29-1141.00');
    expect(classifier.classify('Sous Chef', 1)[0]?.code).toBe('35-1011.00');
  });
});
