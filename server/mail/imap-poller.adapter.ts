/**
 * Takes petitions from an existing mailbox over IMAP (imapflow).
 *
 * Order of work for each message: fetch its full source (BODY.PEEK, so fetching marks nothing),
 * hand it to onMessage (stores the raw mail, opens or threads the case, commits), and only then
 * mark it \Seen — or move it to `processedMailbox` when one is configured. If the process dies
 * between the commit and the mark, the next poll takes the message again and the Message-ID
 * dedupe of ingestEmail answers "duplicate": nothing lost, nothing doubled.
 *
 * Never crashes the process: connection and server errors are logged, the connection is rebuilt,
 * and automatic polls back off (doubling, capped) while the server or the database is failing.
 * A message over `maxMessageBytes` is not downloaded: it gets the keyword $DeskTooLarge, stays in
 * the mailbox for a person, and is skipped from then on.
 */
import { ImapFlow } from 'imapflow';

export interface ImapPollerOptions {
  host: string;
  port: number;
  /** TLS from the first byte (port 993); false = plain IMAP (loopback/tests), upgraded by STARTTLS when offered. */
  secure: boolean;
  user: string;
  password: string;
  mailbox?: string;
  /** When set, taken messages are moved there (and every message of `mailbox` is taken); otherwise they are marked \Seen. */
  processedMailbox?: string;
  /** Between automatic polls; 0 = no timer (polls only by pollOnce()). */
  intervalMs: number;
  /** Messages bigger than this are left in the mailbox, flagged $DeskTooLarge. */
  maxMessageBytes?: number;
  /** Must resolve only once the message is stored and committed; a rejection leaves it for the next poll. */
  onMessage(raw: Buffer): Promise<{ outcome: string; caseNumber: string | null }>;
  /** Longest wait between automatic polls while failing (default 10 minutes). */
  maxBackoffMs?: number;
  log?: (line: string) => void;
}

export interface ImapPoller {
  /** One poll now (after any poll already running); rejects when the server or onMessage fails. */
  pollOnce(): Promise<{ taken: number }>;
  /** Stops the timer, lets a running message finish, logs out. */
  stop(): Promise<void>;
}

export const TOO_LARGE_KEYWORD = '$DeskTooLarge';

export function startImapPoller(options: ImapPollerOptions): ImapPoller {
  const log = options.log ?? ((line: string) => console.log(line));
  const mailbox = options.mailbox ?? 'INBOX';
  const target = options.processedMailbox || null;
  const maxBackoffMs = options.maxBackoffMs ?? 10 * 60_000;
  const where = `imap ${options.user}@${options.host}:${options.port}/${mailbox}`;

  let client: ImapFlow | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let failures = 0;
  let stopping = false;

  async function connection(): Promise<ImapFlow> {
    if (client?.usable) return client;
    client?.close();
    client = null;
    const c = new ImapFlow({
      host: options.host,
      port: options.port,
      secure: options.secure,
      auth: { user: options.user, pass: options.password },
      logger: false,
      connectionTimeout: 30_000,
      greetingTimeout: 15_000,
    });
    // Without a listener an 'error' event would end the process.
    c.on('error', (error: Error) => log(`${where}: connection error: ${error.message}`));
    c.on('close', () => {
      if (client === c) client = null;
    });
    // New mail while idling in the mailbox: take it now instead of at the next tick.
    c.on('exists', (info: { path: string; count: number; prevCount: number }) => {
      if (info.path === mailbox && info.count > info.prevCount) schedule(0);
    });
    try {
      await c.connect();
      if (target) await c.mailboxCreate(target);
    } catch (error) {
      c.close();
      throw error;
    }
    client = c;
    return c;
  }

  async function poll(): Promise<{ taken: number }> {
    const c = await connection();
    const lock = await c.getMailboxLock(mailbox);
    let taken = 0;
    try {
      const query = { ...(target ? { all: true } : { seen: false }), deleted: false, unKeyword: TOO_LARGE_KEYWORD };
      const uids = ((await c.search(query, { uid: true })) || []).sort((a, b) => a - b);
      if (uids.length === 0) return { taken };
      // Sizes first (fetchAll collects everything before returning: no command runs inside a fetch).
      const sizes = new Map((await c.fetchAll(uids, { uid: true, size: true }, { uid: true })).map((m) => [m.uid, m.size ?? 0]));
      for (const uid of uids) {
        if (stopping) break;
        const range = String(uid);
        if (options.maxMessageBytes && (sizes.get(uid) ?? 0) > options.maxMessageBytes) {
          await c.messageFlagsAdd(range, [TOO_LARGE_KEYWORD], { uid: true });
          log(`${where}: uid ${uid} is ${sizes.get(uid)} B, over ${options.maxMessageBytes} B: left in the mailbox, flagged ${TOO_LARGE_KEYWORD}`);
          continue;
        }
        const message = await c.fetchOne(range, { uid: true, source: true }, { uid: true });
        if (!message || !message.source) continue; // expunged by someone else meanwhile
        const started = Date.now();
        const result = await options.onMessage(message.source);
        // Committed: only now is the message marked (or moved) as taken.
        if (target) await c.messageMove(range, target, { uid: true });
        else await c.messageFlagsAdd(range, ['\\Seen'], { uid: true });
        taken += 1;
        log(`${where}: uid ${uid} ${message.source.length} B → ${result.outcome} ${result.caseNumber ?? '-'} (${Date.now() - started} ms)`);
      }
    } finally {
      lock.release();
    }
    return { taken };
  }

  /** Serialised: one poll at a time on the one connection. */
  function pollOnce(): Promise<{ taken: number }> {
    const next = running.then(() => (stopping ? { taken: 0 } : poll()));
    running = next.catch(() => undefined);
    return next;
  }

  function schedule(delayMs: number): void {
    if (stopping || options.intervalMs <= 0) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      pollOnce().then(
        ({ taken }) => {
          if (failures > 0) log(`${where}: working again (${taken} taken)`);
          failures = 0;
          schedule(options.intervalMs);
        },
        (error: unknown) => {
          failures += 1;
          const wait = Math.min(options.intervalMs * 2 ** Math.min(failures, 16), maxBackoffMs);
          log(`${where}: poll failed (${failures}×), next try in ${wait < 1000 ? `${wait} ms` : `${Math.round(wait / 1000)} s`}: ${(error as Error).message}`);
          // A broken connection is rebuilt on the next poll.
          if (client && !client.usable) client = null;
          schedule(wait);
        },
      );
    }, delayMs);
  }

  schedule(0);

  return {
    pollOnce,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
      const c = client;
      client = null;
      if (c?.usable) await c.logout().catch(() => c.close());
      else c?.close();
    },
  };
}
