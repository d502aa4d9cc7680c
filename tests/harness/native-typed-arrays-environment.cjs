'use strict';
/**
 * Jest's node environment runs each test file in its own realm, with its own Float32Array and
 * BigInt64Array. onnxruntime-node's native binding creates its output arrays in Node's main realm,
 * and onnxruntime-common checks tensor data with `instanceof` against the test realm's constructor,
 * so every inference fails inside Jest ("A float32 tensor's data must be type of Float32Array").
 * Test files that run the local embedding model opt into this environment with a docblock:
 *   @jest-environment ./tests/harness/native-typed-arrays-environment.cjs
 * which shares the main realm's typed-array constructors with the test realm.
 */
const { TestEnvironment } = require('jest-environment-node');

const SHARED = ['Float32Array', 'Float64Array', 'Int32Array', 'BigInt64Array', 'BigUint64Array'];

class NativeTypedArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of SHARED) this.global[name] = globalThis[name];
  }
}

module.exports = NativeTypedArraysEnvironment;
