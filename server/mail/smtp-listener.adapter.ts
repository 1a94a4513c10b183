/**
 * The desk's own SMTP listener (smtp-server): mail to the desk's addresses becomes a case.
 *
 * - No open relay: RCPT TO is accepted only for one of the desk's addresses, or a case reply
 *   address of one (`prasymai+<tag>@…`, see case-reply-address.ts), 550 otherwise.
 * - Bounded: SIZE is advertised, MAIL FROM … SIZE= over the limit is refused up front, and a
 *   message that turns out bigger is refused with 552 — we keep at most `maxMessageBytes` in memory.
 * - "250" means stored and committed: the reply waits for onMessage (raw blob + case + jobs in one
 *   transaction). Any failure there answers 451, so the sending server keeps the message and retries.
 * - Bounded per client too: at most `maxClients` connections in all, `maxClientsPerIp` from one
 *   address (an IPv6 client by its /64) and `maxMessagesPerClient` messages from one address in a
 *   window; over a limit the client gets a 421/450 and, being a mail server, retries later.
 * - No AUTH (nobody logs in here) and no STARTTLS unless a certificate is configured.
 * - The stored original gets the usual Return-Path/Received trace lines on top.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import { isCaseReplyAddressOf } from './case-reply-address.js';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerOptions, type SMTPServerSession } from 'smtp-server';

export interface SmtpListenerOptions {
  host: string;
  /** 0 picks a free port (tests); the port taken is returned. */
  port: number;
  /** The only recipients accepted (compared case-insensitively). */
  deskAddresses: readonly string[];
  maxMessageBytes: number;
  /** Must resolve only once the message is stored and committed. */
  onMessage(raw: Buffer): Promise<{ outcome: string; caseNumber: string | null }>;
  /** Name in the greeting and Received lines; defaults to the host name. */
  serverName?: string;
  /** PEM files: when both are given, STARTTLS is offered. */
  tlsKeyFile?: string;
  tlsCertFile?: string;
  /** Connections at once, in all (default 20). */
  maxClients?: number;
  /** Connections at once from one client address (default 3). */
  maxClientsPerIp?: number;
  /** Messages (MAIL FROM) one client address may start per window (default 30 per 10 minutes). */
  maxMessagesPerClient?: { limit: number; windowSeconds: number };
  /** Milliseconds now; a test passes its own to let a window pass. */
  now?: () => number;
  log?: (line: string) => void;
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

function smtpError(responseCode: number, message: string): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode });
}

/** Reads the DATA stream, keeping at most `limit` bytes; the rest is drained and dropped. */
async function readBounded(stream: SMTPServerDataStream, limit: number): Promise<{ raw: Buffer; oversized: boolean }> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let oversized = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (oversized) continue;
    if (kept + chunk.length > limit) {
      oversized = true;
      chunks.length = 0;
      continue;
    }
    chunks.push(chunk);
    kept += chunk.length;
  }
  return { raw: Buffer.concat(chunks, kept), oversized: oversized || stream.sizeExceeded };
}

/** Printable, short: values from the client go into a header line. */
function traceValue(value: string): string {
  return value.replace(/[^\x21-\x7e]/g, '').slice(0, 200);
}

/**
 * The trace lines a receiving server puts on top of a message (RFC 5321 §4.4): who handed it over
 * (envelope sender, HELO name, address) and when. Kept with the raw mail, so the stored original
 * says how it reached the desk; the envelope sender is the only address a mail without From has.
 */
function traceHeaders(session: SMTPServerSession, serverName: string, at: Date): Buffer {
  const from = session.envelope.mailFrom ? traceValue(session.envelope.mailFrom.address) : '';
  // One path in the "for" clause: the (first) desk address it was sent to.
  const rcpt = traceValue(session.envelope.rcptTo[0]?.address ?? '');
  const date = at.toUTCString().replace(/GMT$/, '+0000');
  return Buffer.from(
    `Return-Path: <${from}>\r\n` +
      `Received: from ${traceValue(session.hostNameAppearsAs || 'unknown')} ([${traceValue(session.remoteAddress)}])\r\n` +
      `\tby ${traceValue(serverName)} (Petition Desk) with ${session.transmissionType || 'ESMTP'} id ${traceValue(session.id)}\r\n` +
      `\tfor <${rcpt}>; ${date}\r\n`,
    'ascii',
  );
}

/** The client a limit counts: the address, an IPv6 one by its /64 (one host holds a whole /64). */
export function clientKey(remoteAddress: string): string {
  const address = remoteAddress.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const full = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${full.slice(0, 4).map((h) => h.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** Per-client counts kept in this process: open connections and recent messages. */
function clientLimits(maxPerIp: number, messages: { limit: number; windowSeconds: number }, now: () => number) {
  const open = new Map<string, number>();
  const counted = new Set<string>();
  const sent = new Map<string, number[]>();
  return {
    connect(session: SMTPServerSession): boolean {
      const key = clientKey(session.remoteAddress);
      const n = open.get(key) ?? 0;
      if (n >= maxPerIp) return false;
      open.set(key, n + 1);
      counted.add(session.id);
      return true;
    },
    close(session: SMTPServerSession): void {
      if (!counted.delete(session.id)) return;
      const key = clientKey(session.remoteAddress);
      const n = (open.get(key) ?? 1) - 1;
      if (n > 0) open.set(key, n);
      else open.delete(key);
    },
    /** Seconds until the client may send again, or 0 when this message is within its limit. */
    message(session: SMTPServerSession): number {
      const key = clientKey(session.remoteAddress);
      const at = now();
      const windowMs = messages.windowSeconds * 1000;
      const recent = (sent.get(key) ?? []).filter((t) => t > at - windowMs);
      if (recent.length >= messages.limit) {
        sent.set(key, recent);
        return Math.max(1, Math.ceil((recent[0] + windowMs - at) / 1000));
      }
      recent.push(at);
      sent.set(key, recent);
      // Forget clients whose window has passed, so many addresses cannot grow the map for ever.
      if (sent.size > 10_000) for (const [k, times] of sent) if (!times.some((t) => t > at - windowMs)) sent.delete(k);
      return 0;
    },
  };
}

function peer(session: SMTPServerSession): string {
  return `${session.remoteAddress} ${session.id}`;
}

export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const log = options.log ?? ((line: string) => console.log(line));
  const desk = new Set(options.deskAddresses.map((a) => a.trim().toLowerCase()).filter(Boolean));
  if (desk.size === 0) throw new Error('the SMTP listener needs at least one desk address');
  const withTls = Boolean(options.tlsKeyFile && options.tlsCertFile);
  const serverName = options.serverName ?? os.hostname();
  const clients = clientLimits(options.maxClientsPerIp ?? 3, options.maxMessagesPerClient ?? { limit: 30, windowSeconds: 600 }, options.now ?? Date.now);

  const serverOptions: SMTPServerOptions = {
    secure: false,
    name: serverName,
    banner: 'Petition Desk',
    size: options.maxMessageBytes,
    rejectOversized: true,
    disabledCommands: withTls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(withTls ? { key: fs.readFileSync(options.tlsKeyFile!), cert: fs.readFileSync(options.tlsCertFile!) } : {}),
    authOptional: true,
    disableReverseLookup: true,
    maxClients: options.maxClients ?? 20,
    socketTimeout: 60_000,
    closeTimeout: 5_000,
    logger: false,

    onConnect(session: SMTPServerSession, callback: (err?: Error | null) => void) {
      if (clients.connect(session)) return callback();
      log(`smtp ${peer(session)}: refused a connection (too many from this client)`);
      callback(smtpError(421, `${serverName} too many connections from your address, try again later`));
    },

    onClose(session: SMTPServerSession) {
      clients.close(session);
    },

    onMailFrom(_address: SMTPServerAddress, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const wait = clients.message(session);
      if (wait === 0) return callback();
      log(`smtp ${peer(session)}: refused MAIL (too many messages from this client, ${wait} s to wait)`);
      callback(smtpError(450, `4.7.0 too many messages from your address, try again in ${wait} seconds`));
    },

    onRcptTo(address: SMTPServerAddress, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const rcpt = address.address.trim().toLowerCase();
      // A case's own reply address (prasymai+<tag>@…) too: intake checks its tag, we cannot.
      if (desk.has(rcpt) || isCaseReplyAddressOf(rcpt, desk)) return callback();
      log(`smtp ${peer(session)}: refused RCPT (not a desk address)`);
      callback(smtpError(550, `5.7.1 <${address.address}>: relay access denied, this server only accepts mail for the desk`));
    },

    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void) {
      const started = Date.now();
      readBounded(stream, options.maxMessageBytes)
        .then(async ({ raw, oversized }) => {
          if (oversized) {
            log(`smtp ${peer(session)}: refused a message over ${options.maxMessageBytes} bytes`);
            return callback(smtpError(552, `5.3.4 message exceeds the maximum size of ${options.maxMessageBytes} bytes`));
          }
          try {
            const r = await options.onMessage(Buffer.concat([traceHeaders(session, serverName, new Date()), raw]));
            log(`smtp ${peer(session)}: ${raw.length} B → ${r.outcome} ${r.caseNumber ?? '-'} (${Date.now() - started} ms)`);
            callback(null, `OK ${r.outcome === 'duplicate' ? 'already received' : 'received'}${r.caseNumber ? ` as ${r.caseNumber}` : ''}`);
          } catch (error) {
            // Not stored: a temporary failure makes the sending server keep the message and retry.
            log(`smtp ${peer(session)}: ${raw.length} B → not stored, 451: ${(error as Error).message}`);
            callback(smtpError(451, '4.3.0 the desk could not store the message now, please retry later'));
          }
        })
        .catch((error: unknown) => {
          log(`smtp ${peer(session)}: DATA failed: ${(error as Error).message}`);
          callback(smtpError(451, '4.3.0 the message could not be received, please retry later'));
        });
    },
  };

  const server = new SMTPServer(serverOptions);
  server.on('error', (error: Error) => log(`smtp: ${error.message}`));
  const net = server.listen(options.port, options.host);
  await new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => reject(error);
    net.once('error', failed);
    net.once('listening', () => {
      net.off('error', failed);
      resolve();
    });
  });
  const port = (net.address() as AddressInfo).port;
  log(`smtp listening on ${options.host}:${port} for ${[...desk].join(', ')} (max ${options.maxMessageBytes} B${withTls ? ', STARTTLS' : ''})`);

  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
