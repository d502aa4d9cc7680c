/**
 * Where raw provider payloads live (docs/architecture.md#object-store). One interface, two stores: the
 * local filesystem for the embedded default, S3 (MinIO, AWS) in production. Keys are opaque,
 * slash-separated paths such as `raw/<jobId>/<sha256>.json`.
 */
export interface StoredObject {
  readonly key: string;
  readonly size: number;
  readonly lastModified: Date;
}

export interface ObjectStore {
  /** Human-readable location for logs and /healthz, e.g. `file:///…/.data/objects` or `s3://bucket`. */
  readonly location: string;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object's bytes, or undefined when there is no such object. */
  get(key: string): Promise<Buffer | undefined>;
  delete(key: string): Promise<void>;
  list(prefix: string): AsyncIterable<StoredObject>;
}

const KEY = /^(?!\/)(?!.*\/\/)[A-Za-z0-9._\-/]{1,512}$/;

/** Keys never climb out of their store (no `..` segment, no absolute path). */
export function assertValidKey(key: string): void {
  if (!KEY.test(key) || key.split('/').some((segment) => segment === '..' || segment === '.')) {
    throw new RangeError(`invalid object key "${key}"`);
  }
}
