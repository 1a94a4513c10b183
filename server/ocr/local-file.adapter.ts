/**
 * Reading a file named on the command line, without trusting it: its size is checked before a
 * byte is read, so `desk ocr /dev/zero` or a 10 GB file is refused instead of filling memory.
 */
import { open } from 'node:fs/promises';

export type LocalFile = { ok: true; bytes: Uint8Array } | { ok: false; problem: 'not_found' | 'not_a_file' | 'too_large' | 'unreadable'; message: string };

export async function readLocalFile(path: string, maxBytes: number): Promise<LocalFile> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { ok: false, problem: 'not_found', message: 'no such file' }
      : { ok: false, problem: 'unreadable', message: (error as Error).message };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, problem: 'not_a_file', message: 'not a regular file' };
    if (stat.size > maxBytes) return { ok: false, problem: 'too_large', message: `larger than ${maxBytes} bytes` };
    // Read at most one byte over the limit: a file that grows while we read is caught too.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) return { ok: false, problem: 'too_large', message: `larger than ${maxBytes} bytes` };
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } catch (error) {
    return { ok: false, problem: 'unreadable', message: (error as Error).message };
  } finally {
    await handle.close();
  }
}
