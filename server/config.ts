/**
 * The one place that reads the environment. Parsed once with zod, then frozen.
 */
import path from 'node:path';
import { z } from 'zod';
import { SERVED_LANGUAGES } from './languages.js';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** unset → ./data/desk.db; `file:path` → that SQLite file; `postgres://…` → PostgreSQL. */
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
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
  FALLBACK_LANGUAGE: z.enum(SERVED_LANGUAGES).default('lt'),
  /** Uploads through the web form. */
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  MAX_UPLOAD_FILES: z.coerce.number().int().positive().default(10),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type DatabaseTarget =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; url: string };

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly database: DatabaseTarget;
  readonly dataDir: string;
  readonly blobDir: string;
  readonly port: number;
  readonly host: string;
  readonly publicUrl?: string;
  readonly sessionSecret?: string;
  readonly cookieSecure: boolean;
  readonly sessionHours: number;
  readonly fallbackLanguage: (typeof SERVED_LANGUAGES)[number];
  readonly maxUploadBytes: number;
  readonly maxUploadFiles: number;
  readonly trustProxy: boolean;
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
  return Object.freeze({
    env: e.NODE_ENV,
    database: parseDatabaseUrl(e.DATABASE_URL, dataDir),
    dataDir,
    blobDir: path.join(dataDir, 'blobs'),
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL,
    sessionSecret: e.SESSION_SECRET,
    cookieSecure: e.COOKIE_SECURE,
    sessionHours: e.SESSION_HOURS,
    fallbackLanguage: e.FALLBACK_LANGUAGE,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    maxUploadFiles: e.MAX_UPLOAD_FILES,
    trustProxy: e.TRUST_PROXY,
  });
}
