import { parseVector, toVectorLiteral } from './vector';

describe('pgvector literals', () => {
  it('round-trips values', () => {
    const v = [0.25, -1, 3.5e-7, 0];
    expect(toVectorLiteral(v)).toBe('[0.25,-1,3.5e-7,0]');
    expect(Array.from(parseVector(toVectorLiteral(v)))).toEqual(Array.from(Float32Array.from(v)));
    expect(parseVector('[]').length).toBe(0);
  });

  it('refuses non-finite components and non-literals', () => {
    expect(() => toVectorLiteral([1, Number.NaN])).toThrow(RangeError);
    expect(() => toVectorLiteral([Number.POSITIVE_INFINITY])).toThrow(RangeError);
    expect(() => parseVector('1,2,3')).toThrow(SyntaxError);
  });
});
