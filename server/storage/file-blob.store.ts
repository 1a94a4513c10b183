/**
 * Blobs on a local (or shared) volume: <dir>/ab/cd/<sha256>. Written to a temporary file,
 * fsync'ed, renamed into place and the directory fsync'ed, so a crash leaves either nothing or
 * the whole blob; identical content is stored once. A full disk is a StorageFullError, with the
 * temporary file removed.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { StorageFullError } from '../errors.js';
import type { BlobStore, StoredBlob } from './blob-store.js';

const SHA256 = /^[0-9a-f]{64}$/;

function isDiskFull(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

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
      const tmp = path.join(folder, `.tmp-${randomUUID()}`);
      try {
        await fsp.mkdir(folder, { recursive: true });
        const handle = await fsp.open(tmp, 'wx', 0o440);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fsp.rename(tmp, target);
        await fsyncDir(folder);
      } catch (error) {
        // Nothing half-written stays behind: the temporary file goes, the blob never appeared.
        await fsp.rm(tmp, { force: true }).catch(() => undefined);
        if (isDiskFull(error)) throw new StorageFullError((error as Error).message);
        throw error;
      }
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
