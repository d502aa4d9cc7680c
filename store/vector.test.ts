import { parseVector, parseVectorBinary, toVectorBinary, toVectorLiteral } from './vector';

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

describe('pgvector binary form', () => {
  it('decodes to exactly the float4 values the text form decodes to', () => {
    let seed = 1;
    const random = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    for (let n = 0; n < 50; n++) {
      const v = Array.from({ length: 384 }, () => random() * 10 ** Math.floor(random() * 6 - 3));
      const viaText = parseVector(toVectorLiteral(Float32Array.from(v)));
      expect(Array.from(parseVectorBinary(toVectorBinary(v)))).toEqual(Array.from(viaText));
    }
  });

  it('lays out dimensions then big-endian floats, and refuses what it cannot be', () => {
    expect(toVectorBinary([1, -2]).toString('hex')).toBe('000200003f800000c0000000');
    expect(() => toVectorBinary([Number.NaN])).toThrow(RangeError);
    expect(() => parseVectorBinary(Buffer.from('0002000000000000', 'hex'))).toThrow(SyntaxError);
    expect(parseVectorBinary(toVectorBinary([])).length).toBe(0);
  });
});
