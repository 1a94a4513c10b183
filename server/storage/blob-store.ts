/** The BlobStore port: immutable blobs addressed by their SHA-256. */
import type { Readable } from 'node:stream';

export interface StoredBlob {
  sha256: string;
  sizeBytes: number;
}

export interface BlobStore {
  /** Writes the bytes durably (fsync'ed, atomic rename) and returns their address. Idempotent. */
  put(bytes: Uint8Array): Promise<StoredBlob>;
  get(sha256: string): Promise<Buffer>;
  stream(sha256: string): Readable;
  has(sha256: string): Promise<boolean>;
}
