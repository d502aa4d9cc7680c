/**
 * pgvector's text form. Vectors cross the driver as '[x,y,…]' strings (see schema/column-types.ts);
 * these two functions are the only conversion.
 */
export function toVectorLiteral(values: ArrayLike<number>): string {
  const parts: string[] = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) throw new RangeError(`vector component ${i} is not finite: ${v}`);
    parts[i] = String(v);
  }
  return `[${parts.join(',')}]`;
}

export function parseVector(literal: string): Float32Array {
  const body = literal.trim();
  if (!body.startsWith('[') || !body.endsWith(']')) throw new SyntaxError('not a pgvector literal');
  const inner = body.slice(1, -1).trim();
  if (inner === '') return new Float32Array(0);
  return Float32Array.from(inner.split(','), Number);
}
