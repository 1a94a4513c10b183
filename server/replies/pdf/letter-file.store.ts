/** Writes a finished letter to a path the user chose: whole or not at all (temporary file, then rename). */
import { randomUUID } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const folder = path.dirname(path.resolve(target));
  await fsp.mkdir(folder, { recursive: true });
  const temporary = path.join(folder, `.${path.basename(target)}.${randomUUID()}.tmp`);
  const handle = await fsp.open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fsp.rename(temporary, target);
  } catch (error) {
    await fsp.rm(temporary, { force: true });
    throw error;
  }
}
