/**
 * The one place that reads the environment. Parsed once with zod, then frozen.
 */
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { SERVED_LANGUAGES } from './languages.js';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** unset → ./data/desk.db; `file:path` → that SQLite file; `postgres://…` → PostgreSQL. */
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  /**
   * Where originals and generated PDFs are kept: `files` (DATA_DIR/blobs; with several machines a
   * volume every web and worker process mounts) or `database` (PostgreSQL only: nothing shared but it).
   */
  BLOB_STORE: z.enum(['files', 'database']).default('files'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Public base URL, used in printed links. */
  PUBLIC_URL: z.string().url().optional(),
  /**
   * Secret for CSRF tokens and the tracking-code pepper. Generated into DATA_DIR on first start
   * when not given, so a demo needs no set-up and no secret ever sits in the repository.
   */
  SESSION_SECRET: z.string().min(32).optional(),
  /** Set when served over HTTPS (behind a proxy): cookies get the Secure flag. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  SESSION_HOURS: z.coerce.number().positive().default(8),
  /** A session's absolute lifetime from sign-in, however busy (the sliding window is SESSION_HOURS). */
  SESSION_MAX_HOURS: z.coerce.number().positive().default(12),
  FALLBACK_LANGUAGE: z.enum(SERVED_LANGUAGES).default('lt'),
  /** Uploads through the web form. */
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  MAX_UPLOAD_FILES: z.coerce.number().int().positive().default(10),
  /** Ordinary (url-encoded) forms: a reply draft is the largest, far below this. */
  MAX_FORM_BYTES: z.coerce.number().int().positive().default(64 * 1024),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Run jobs (OCR, analysis) inside the web process. Default: yes on SQLite, no on PostgreSQL (use `desk worker`). */
  JOBS_IN_PROCESS: z.enum(['true', 'false']).optional(),
  JOB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Tesseract traineddata from Debian's tesseract-ocr-{lit,pol,rus,eng}; nothing is ever downloaded. */
  TESSDATA_DIR: z.string().default('/usr/share/tesseract-ocr/5/tessdata'),
  OCR_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** tesseract.js workers grow in memory: each is replaced after this many pages. */
  OCR_RECYCLE_AFTER_PAGES: z.coerce.number().int().min(1).default(50),
  MAX_PAGES: z.coerce.number().int().min(1).default(50),
  MAX_PIXELS: z.coerce.number().int().min(1_000_000).default(100_000_000),
  /** The desk's e-mail addresses (comma-separated): the SMTP listener accepts mail only for these. */
  DESK_ADDRESSES: z.string().default('prasymai@vilnius.example'),
  SMTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  SMTP_HOST: z.string().default('127.0.0.1'),
  /**
   * The SMTP listener's limits per client address, kept by each listener (like an MTA's): connections
   * at once (default 3) and messages per 10 minutes (default 30). A municipality whose MX relays all
   * mail to the desk sends from one address: raise them for it.
   */
  SMTP_MAX_CLIENTS_PER_IP: z.coerce.number().int().min(1).optional(),
  SMTP_MAX_MESSAGES_PER_CLIENT: z.coerce.number().int().min(1).optional(),
  MAX_EMAIL_BYTES: z.coerce.number().int().positive().default(30 * 1024 * 1024),
  IMAP_HOST: z.string().optional(),
  IMAP_PORT: z.coerce.number().int().min(1).max(65535).default(993),
  IMAP_SECURE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  IMAP_USER: z.string().optional(),
  IMAP_PASSWORD: z.string().optional(),
  IMAP_MAILBOX: z.string().default('INBOX'),
  /** Move taken messages here (created if missing); unset: mark them \\Seen. */
  IMAP_PROCESSED_MAILBOX: z.string().optional(),
  IMAP_POLL_SECONDS: z.coerce.number().positive().default(60),
  TEMPLATES_DIR: z.string().default('./templates'),
  /** The PKCS#12 (certificate + key) replies are sealed with; unset: a demo certificate is generated into DATA_DIR. */
  SIGNING_P12_PATH: z.string().optional(),
  SIGNING_P12_PASSPHRASE: z.string().optional(),
  /** The municipality's mail relay for replies; unset: the desk runs a local catcher (DATA_DIR/outbox). */
  OUTGOING_SMTP_HOST: z.string().optional(),
  OUTGOING_SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  OUTGOING_SMTP_SECURE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  OUTGOING_SMTP_USER: z.string().optional(),
  OUTGOING_SMTP_PASSWORD: z.string().optional(),
  /** Port of the demo's local mail catcher (0 = any free port). */
  OUTBOX_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  MAIL_FROM: z.string().default('Vilniaus miesto savivaldybė <prasymai@vilnius.example>'),
  /** How many visits ahead one person (by phone, else e-mail) may hold at once: slots are scarce, and a booking costs nothing. */
  VISITS_MAX_FUTURE_PER_PERSON: z.coerce.number().int().min(1).default(2),
});

/** Every environment variable the desk reads (docker-compose.yml is checked against it). */
export const CONFIG_ENV_NAMES: readonly string[] = Object.freeze(Object.keys(schema.shape));

export type DatabaseTarget =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; url: string };

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly database: DatabaseTarget;
  readonly dataDir: string;
  readonly blobDir: string;
  readonly blobStore: 'files' | 'database';
  readonly port: number;
  readonly host: string;
  readonly publicUrl?: string;
  readonly sessionSecret?: string;
  readonly cookieSecure: boolean;
  readonly sessionHours: number;
  readonly sessionMaxHours: number;
  readonly fallbackLanguage: (typeof SERVED_LANGUAGES)[number];
  readonly maxUploadBytes: number;
  readonly maxUploadFiles: number;
  readonly maxFormBytes: number;
  readonly trustProxy: boolean;
  readonly jobs: { inProcess: boolean; concurrency: number };
  readonly ocr: { tessdataDir: string; workers: number; recycleAfterPages: number };
  readonly limits: { maxPages: number; maxPixels: number; maxEmailBytes: number };
  readonly templatesDir: string;
  readonly signing: { p12Path: string; passphrase: string } | null;
  readonly outgoing: { host: string; port: number; secure: boolean; user?: string; password?: string } | null;
  readonly outboxPort: number;
  readonly mailFrom: string;
  readonly visits: { maxFuturePerPerson: number };
  readonly mail: {
    deskAddresses: string[];
    smtp: { host: string; port: number; maxClientsPerIp?: number; maxMessagesPerClient?: { limit: number; windowSeconds: number } } | null;
    imap: { host: string; port: number; secure: boolean; user: string; password: string; mailbox: string; processedMailbox: string | null; pollSeconds: number } | null;
  };
}

export function parseDatabaseUrl(url: string | undefined, dataDir: string): DatabaseTarget {
  if (!url) return { dialect: 'sqlite', file: path.resolve(dataDir, 'desk.db') };
  if (url.startsWith('file:')) return { dialect: 'sqlite', file: path.resolve(url.slice('file:'.length)) };
  if (/^postgres(ql)?:\/\//.test(url)) return { dialect: 'postgres', url };
  throw new Error(`DATABASE_URL must be unset, file:… or postgres://… (got "${url.split(':')[0]}:…")`);
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const database = parseDatabaseUrl(e.DATABASE_URL, dataDir);
  if (e.BLOB_STORE === 'database' && database.dialect !== 'postgres') throw new Error('Invalid configuration: BLOB_STORE=database needs DATABASE_URL=postgres://…');
  return Object.freeze({
    env: e.NODE_ENV,
    database,
    dataDir,
    blobDir: path.join(dataDir, 'blobs'),
    blobStore: e.BLOB_STORE,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    sessionSecret: e.SESSION_SECRET,
    cookieSecure: e.COOKIE_SECURE,
    sessionHours: e.SESSION_HOURS,
    sessionMaxHours: e.SESSION_MAX_HOURS,
    fallbackLanguage: e.FALLBACK_LANGUAGE,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    maxUploadFiles: e.MAX_UPLOAD_FILES,
    maxFormBytes: e.MAX_FORM_BYTES,
    trustProxy: e.TRUST_PROXY,
    jobs: Object.freeze({
      inProcess: e.JOBS_IN_PROCESS ? e.JOBS_IN_PROCESS === 'true' : database.dialect === 'sqlite',
      concurrency: e.JOB_CONCURRENCY ?? Math.max(2, os.availableParallelism()),
    }),
    ocr: Object.freeze({ tessdataDir: e.TESSDATA_DIR, workers: e.OCR_WORKERS ?? os.availableParallelism(), recycleAfterPages: e.OCR_RECYCLE_AFTER_PAGES }),
    templatesDir: path.resolve(e.TEMPLATES_DIR),
    signing: e.SIGNING_P12_PATH ? { p12Path: path.resolve(e.SIGNING_P12_PATH), passphrase: e.SIGNING_P12_PASSPHRASE ?? '' } : null,
    outgoing: e.OUTGOING_SMTP_HOST
      ? { host: e.OUTGOING_SMTP_HOST, port: e.OUTGOING_SMTP_PORT, secure: e.OUTGOING_SMTP_SECURE, user: e.OUTGOING_SMTP_USER, password: e.OUTGOING_SMTP_PASSWORD }
      : null,
    outboxPort: e.OUTBOX_SMTP_PORT,
    mailFrom: e.MAIL_FROM,
    visits: Object.freeze({ maxFuturePerPerson: e.VISITS_MAX_FUTURE_PER_PERSON }),
    limits: Object.freeze({ maxPages: e.MAX_PAGES, maxPixels: e.MAX_PIXELS, maxEmailBytes: e.MAX_EMAIL_BYTES }),
    mail: Object.freeze({
      deskAddresses: e.DESK_ADDRESSES.split(',').map((a) => a.trim().toLowerCase()).filter(Boolean),
      smtp:
        e.SMTP_PORT === undefined
          ? null
          : {
              host: e.SMTP_HOST,
              port: e.SMTP_PORT,
              ...(e.SMTP_MAX_CLIENTS_PER_IP ? { maxClientsPerIp: e.SMTP_MAX_CLIENTS_PER_IP } : {}),
              ...(e.SMTP_MAX_MESSAGES_PER_CLIENT ? { maxMessagesPerClient: { limit: e.SMTP_MAX_MESSAGES_PER_CLIENT, windowSeconds: 600 } } : {}),
            },
      imap:
        e.IMAP_HOST && e.IMAP_USER && e.IMAP_PASSWORD
          ? {
              host: e.IMAP_HOST,
              port: e.IMAP_PORT,
              secure: e.IMAP_SECURE,
              user: e.IMAP_USER,
              password: e.IMAP_PASSWORD,
              mailbox: e.IMAP_MAILBOX,
              processedMailbox: e.IMAP_PROCESSED_MAILBOX ?? null,
              pollSeconds: e.IMAP_POLL_SECONDS,
            }
          : null,
    }),
  });
}

/**
 * What a desk on PostgreSQL must share between its processes and does not, as lines to print at
 * start. Each default below suits one machine (files in DATA_DIR) and breaks quietly on several:
 * a secret generated per machine fails every CSRF token and tracking code made on another, a
 * demo seal per machine signs letters with different keys, mail caught in one machine's DATA_DIR.
 */
export function sharedStateWarnings(config: Config): string[] {
  if (config.database.dialect !== 'postgres') return [];
  const warnings: string[] = [];
  if (!config.sessionSecret) warnings.push('SESSION_SECRET is not set: the secret generated in DATA_DIR works only for processes that share DATA_DIR; set the same SESSION_SECRET on every machine');
  if (config.blobStore === 'files') warnings.push(`BLOB_STORE=files: ${config.blobDir} must be one volume shared by every web and worker process (or set BLOB_STORE=database)`);
  if (!config.signing) warnings.push('SIGNING_P12_PATH is not set: a demo seal is generated in DATA_DIR, one per machine unless DATA_DIR is shared');
  if (!config.outgoing) warnings.push('OUTGOING_SMTP_HOST is not set: outgoing mail is caught locally, in each machine\'s DATA_DIR/outbox');
  return warnings;
}
