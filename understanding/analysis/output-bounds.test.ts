import { analysePosting } from './analyse-posting';
import { analyseResume } from './analyse-resume';
import { ANALYSIS_BOUNDS } from './output-bounds';

/**
 * What an analysis may hold whatever the text: a resume within the reader's limits (200,000
 * characters, lines under 20,000) can still name thousands of skills, dates and links; the stored
 * and answered analysis stays small.
 */
const STUFFED_LINE = 'Go, PostgreSQL, Kubernetes, Python, Java, React, AWS, Terraform, Excel, Account reconciliation; ';
const stuffed = [
  'Dana Smith — Senior Software Engineer',
  'https://github.com/dana-example https://www.linkedin.com/in/dana-example',
  'EXPERIENCE',
  ...Array.from(
    { length: 120 },
    (_, i) => `Engineer, Example ${i} Corp, Jan 2001 – Dec 2003. ${STUFFED_LINE.repeat(12)}`,
  ),
  'EDUCATION',
  ...Array.from(
    { length: 50 },
    (_, i) => `Master of Science, University ${i}, 1999 https://example${i}.org/${'x'.repeat(500)}`,
  ),
].join('\n');

describe('analysis output bounds', () => {
  it('caps every list that grows with the text, and the JSON of a resume analysis', () => {
    expect(stuffed.length).toBeLessThan(200_000);
    const analysis = analyseResume(stuffed, { asOf: new Date('2026-01-01') });
    expect(analysis.skills).toEqual(expect.arrayContaining(['Go', 'PostgreSQL', 'Kubernetes']));
    expect(analysis.skillEvidence.length).toBeLessThanOrEqual(ANALYSIS_BOUNDS.skillEvidence);
    expect(analysis.skillEvidence.length).toBeGreaterThan(0);
    expect(analysis.experience.ranges.length).toBeLessThanOrEqual(ANALYSIS_BOUNDS.experienceRanges);
    expect(analysis.educationEvidence.length).toBeLessThanOrEqual(ANALYSIS_BOUNDS.educationEvidence);
    expect(analysis.links.length).toBeLessThanOrEqual(ANALYSIS_BOUNDS.links);
    for (const link of analysis.links) expect(link.url.length).toBeLessThanOrEqual(ANALYSIS_BOUNDS.textChars);
    // Every piece of evidence kept is for a skill kept.
    expect(analysis.skillEvidence.every((m) => analysis.skills.includes(m.skill))).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(analysis))).toBeLessThanOrEqual(ANALYSIS_BOUNDS.jsonBytes);
  });

  it('caps a posting analysis the same way', () => {
    const analysis = analysePosting({ title: 'Senior Go Engineer', description: STUFFED_LINE.repeat(500) });
    expect(analysis.skillsRequired).toEqual(expect.arrayContaining(['Go', 'PostgreSQL']));
    expect(analysis.skillEvidence.length).toBeLessThanOrEqual(ANALYSIS_BOUNDS.skillEvidence);
    expect(Buffer.byteLength(JSON.stringify(analysis))).toBeLessThanOrEqual(ANALYSIS_BOUNDS.jsonBytes);
  });
});
