/**
 * docker-compose.yml, read as Docker Compose reads it (YAML with merge keys): PostgreSQL, a one-off
 * migration, two web processes and two workers from the Dockerfile, every variable it sets one the
 * desk reads, the shared secret taken from .env (never committed; .env.example lists it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_ENV_NAMES, loadConfig } from '../../server/config';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Service {
  image?: string;
  build?: string | { context: string };
  command?: string[];
  environment?: Record<string, string>;
  env_file?: string | string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
}

const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const desk = Object.entries(services).filter(([, s]) => s.build !== undefined);
const role = (command: string) => desk.filter(([, s]) => s.command?.join(' ') === `node build/desk.js ${command}`).map(([name]) => name);

describe('docker-compose.yml', () => {
  it('runs PostgreSQL 16, a migration, two web processes and two workers, the desk ones built from the Dockerfile', () => {
    expect(services.postgres?.image).toBe('postgres:16');
    expect(services.postgres?.healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(role('serve')).toEqual(['web1', 'web2']);
    expect(role('worker')).toEqual(['worker1', 'worker2']);
    expect(role('migrate')).toEqual(['migrate']);
    for (const [, s] of desk) expect(s.build).toBe('.');
    expect(fs.existsSync(path.join(ROOT, 'Dockerfile'))).toBe(true);
    // The Dockerfile's entry is the compiled desk the commands name, built by the image's `npm run build`.
    const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/CMD \["node", "build\/desk\.js", "serve"\]/);
    expect(dockerfile).toMatch(/RUN npm run build/);
    // Every desk process in the image has its heap capped (decision 0025).
    expect(dockerfile).toMatch(/ENV NODE_OPTIONS=--max-old-space-size=\d+/);
  });

  it('starts webs and workers after the database is healthy and migrated; the webs have a health check', () => {
    for (const name of [...role('serve'), ...role('worker')]) {
      expect(services[name]!.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, migrate: { condition: 'service_completed_successfully' } });
    }
    for (const name of role('serve')) expect(services[name]!.healthcheck?.test.join(' ')).toContain('http://127.0.0.1:3000/');
    expect(new Set(role('serve').flatMap((n) => services[n]!.ports ?? [])).size).toBe(4);
  });

  it('sets only variables the desk reads, the same database and secret everywhere, jobs only in the workers', () => {
    const envs = desk.map(([name, s]) => [name, s.environment ?? {}] as const);
    for (const [name, env] of envs) {
      for (const key of Object.keys(env)) expect(CONFIG_ENV_NAMES, `${name}: ${key}`).toContain(key);
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/desk:\$\{POSTGRES_PASSWORD:\?[^}]*\}@postgres:5432\/desk$/);
      expect(env.SESSION_SECRET).toMatch(/^\$\{SESSION_SECRET:\?/);
      expect(env.BLOB_STORE).toBe('database');
      expect(env.JOBS_IN_PROCESS).toBe('false');
      expect(desk.find(([n]) => n === name)![1].env_file).toBe('.env');
    }
    // With the placeholders filled in, each service's environment is a valid desk configuration.
    for (const [, env] of envs) {
      const filled = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replace(/\$\{POSTGRES_PASSWORD[^}]*\}/, 'pw').replace(/^\$\{SESSION_SECRET[^}]*\}$/, 'x'.repeat(48))]));
      const config = loadConfig(filled);
      expect(config.database.dialect).toBe('postgres');
      expect(config.blobStore).toBe('database');
      expect(config.jobs.inProcess).toBe(false);
    }
  });

  it('.env.example names only variables the desk or compose reads, and .env is never committed', () => {
    const example = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');
    const names = example.split('\n').filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.split('=')[0]!);
    expect(names).toContain('SESSION_SECRET');
    expect(names).toContain('POSTGRES_PASSWORD');
    for (const n of names.filter((n) => n !== 'POSTGRES_PASSWORD')) expect(CONFIG_ENV_NAMES).toContain(n);
    expect(fs.readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.env');
    expect(fs.readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['.env', 'node_modules', 'data']));
  });
});
