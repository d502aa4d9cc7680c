/**
 * pgvector's two wire forms. Columns read through Kysely's typed builder arrive as the text form
 * '[x,y,…]' (see schema/column-types.ts); the search path moves vectors in the binary form instead
 * (`vector_send` out, a Buffer parameter in, which node-postgres sends as binary and pgvector reads
 * with `vector_recv`): no float printing or parsing on either side. These functions are the only
 * conversions.
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

/** pgvector's binary form: int16 dimensions, int16 unused (0), then each component as a big-endian float4. */
export function toVectorBinary(values: ArrayLike<number>): Buffer {
  const buffer = Buffer.allocUnsafe(4 + 4 * values.length);
  buffer.writeUInt16BE(values.length, 0);
  buffer.writeUInt16BE(0, 2);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) throw new RangeError(`vector component ${i} is not finite: ${v}`);
    buffer.writeFloatBE(v, 4 + 4 * i);
  }
  return buffer;
}

export function parseVectorBinary(buffer: Uint8Array): Float32Array {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer.byteLength < 4) throw new SyntaxError('not a pgvector binary value');
  const dimensions = view.getUint16(0);
  if (buffer.byteLength !== 4 + 4 * dimensions) {
    throw new SyntaxError(
      `a ${dimensions}-dimension pgvector value needs ${4 + 4 * dimensions} bytes, got ${buffer.byteLength}`,
    );
  }
  const out = new Float32Array(dimensions);
  for (let i = 0; i < dimensions; i++) out[i] = view.getFloat32(4 + 4 * i);
  return out;
}
