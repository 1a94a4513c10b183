/**
 * The server secret (CSRF tokens, tracking-code HMACs). From config when given; otherwise
 * generated once into the data directory (mode 0600), so a demo needs no set-up and no
 * secret is ever committed. Several machines must share one SESSION_SECRET.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function loadOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, 'secret.key');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch {
    // Another process won the race: use what it wrote.
    return fs.readFileSync(file, 'utf8').trim();
  }
}
