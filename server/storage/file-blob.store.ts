/**
 * Blobs on a local (or shared) volume: <dir>/ab/cd/<sha256>. Written to a temporary file,
 * fsync'ed, renamed into place and the directory fsync'ed, so a crash leaves either nothing or
 * the whole blob; identical content is stored once.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { BlobStore, StoredBlob } from './blob-store.js';

const SHA256 = /^[0-9a-f]{64}$/;

export function createFileBlobStore(dir: string): BlobStore {
  const pathOf = (sha256: string) => {
    if (!SHA256.test(sha256)) throw new Error('invalid blob address');
    return path.join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };

  async function fsyncDir(d: string) {
    const handle = await fsp.open(d, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = pathOf(sha256);
      const stored: StoredBlob = { sha256, sizeBytes: bytes.byteLength };
      if (fs.existsSync(target)) return stored;
      const folder = path.dirname(target);
      await fsp.mkdir(folder, { recursive: true });
      const tmp = path.join(folder, `.tmp-${randomUUID()}`);
      const handle = await fsp.open(tmp, 'wx', 0o440);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsp.rename(tmp, target);
      await fsyncDir(folder);
      return stored;
    },
    get: (sha256) => fsp.readFile(pathOf(sha256)),
    stream: (sha256): Readable => fs.createReadStream(pathOf(sha256)),
    async has(sha256) {
      try {
        await fsp.access(pathOf(sha256));
        return true;
      } catch {
        return false;
      }
    },
  };
}
