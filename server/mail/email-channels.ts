/**
 * The desk's e-mail channels, as configured: the SMTP listener and/or the IMAP poller, both
 * handing every message to the one intake use case (ingestEmail). Started by the process that
 * takes mail in (`desk serve` on one machine, or `desk mail` on the machine that should).
 * The shape matches config.ts's `mail` block plus `limits.maxEmailBytes`.
 */
import { startImapPoller, type ImapPoller } from './imap-poller.adapter.js';
import { startSmtpListener, type SmtpListener } from './smtp-listener.adapter.js';

export interface EmailChannelsConfig {
  /** The addresses the desk receives for; the SMTP listener refuses any other recipient (no relay). */
  deskAddresses: readonly string[];
  /** Per message, both channels. */
  maxEmailBytes: number;
  /** null = no SMTP listener. */
  smtp: { host: string; port: number; tlsKeyFile?: string; tlsCertFile?: string } | null;
  /** null = no IMAP poller. */
  imap: {
    host: string;
    port: number;
    secure: boolean;
    user: string;
    password: string;
    mailbox: string;
    /** Move taken messages there; null = mark them \Seen. */
    processedMailbox: string | null;
    pollSeconds: number;
  } | null;
}

/** services.intake.ingestEmail, bound. */
export type IngestEmail = (raw: Buffer, via: 'smtp' | 'imap') => Promise<{ outcome: string; caseNumber: string | null }>;

export interface EmailChannels {
  /** The SMTP port actually listened on (null when the listener is off). */
  smtpPort: number | null;
  /** One IMAP poll now (null when the poller is off). */
  pollOnce: (() => Promise<{ taken: number }>) | null;
  close(): Promise<void>;
}

export async function startEmailChannels(config: EmailChannelsConfig, ingest: IngestEmail, log?: (line: string) => void): Promise<EmailChannels> {
  const smtp: SmtpListener | null = config.smtp
    ? await startSmtpListener({
        ...config.smtp,
        deskAddresses: config.deskAddresses,
        maxMessageBytes: config.maxEmailBytes,
        onMessage: (raw) => ingest(raw, 'smtp'),
        log,
      })
    : null;
  const imap: ImapPoller | null = config.imap
    ? startImapPoller({
        host: config.imap.host,
        port: config.imap.port,
        secure: config.imap.secure,
        user: config.imap.user,
        password: config.imap.password,
        mailbox: config.imap.mailbox,
        processedMailbox: config.imap.processedMailbox ?? undefined,
        intervalMs: config.imap.pollSeconds * 1000,
        maxMessageBytes: config.maxEmailBytes,
        onMessage: (raw) => ingest(raw, 'imap'),
        log,
      })
    : null;
  return {
    smtpPort: smtp?.port ?? null,
    pollOnce: imap ? () => imap.pollOnce() : null,
    async close() {
      await Promise.all([smtp?.close(), imap?.stop()]);
    },
  };
}
