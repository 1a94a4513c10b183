/**
 * The demo's outgoing mail server: a real SMTP server on loopback that keeps every message it
 * receives as an .eml file in DATA_DIR/outbox, so a demo sends real mail and nobody outside
 * receives it. Not for production: there, OUTGOING_SMTP_* points at the municipality's relay.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface MailCatcher {
  port: number;
  dir: string;
  close(): Promise<void>;
}

export function startMailCatcher(options: { host: string; port: number; dir: string; maxBytes?: number }): Promise<MailCatcher> {
  fs.mkdirSync(options.dir, { recursive: true });
  const maxBytes = options.maxBytes ?? 40 * 1024 * 1024;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= maxBytes) chunks.push(c);
      });
      stream.on('end', () => {
        if (size > maxBytes) return callback(new Error('message too large'));
        const file = path.join(options.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`);
        fs.writeFile(file, Buffer.concat(chunks), { mode: 0o640 }, (error) => callback(error ?? null));
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      // Listening: a later error is one client's (a sender that went away mid-message resets its
      // connection), never a reason to stop the process.
      server.off('error', reject);
      server.on('error', () => undefined);
      const address = server.server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : options.port,
        dir: options.dir,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}
