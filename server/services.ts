/**
 * The composition root: builds every port and binds every use case from the config.
 * The web (through app/.server) and the CLI both get their services from here.
 */
import type { Config } from './config.js';
import { systemClock, type Clock } from './clock.js';
import { createDatabase, migrateToLatest, type Database } from './db/database.js';
import { createFileBlobStore } from './storage/file-blob.store.js';
import { loadOrCreateSecret } from './storage/secret.store.js';
import type { BlobStore } from './storage/blob-store.js';
import type { CaseDeps } from './cases/deps.js';
import type { AuthDeps } from './auth/deps.js';
import { registerPetition } from './cases/register-petition.js';
import { submitWebPetition } from './cases/submit-web-petition.js';
import { getCaseForStaff } from './cases/get-case.js';
import { listInbox } from './cases/list-inbox.js';
import { assignCase } from './cases/assign-case.js';
import { changeCaseStatus } from './cases/change-case-status.js';
import { addCaseNote } from './cases/add-case-note.js';
import { extendCaseDeadline } from './cases/extend-deadline.js';
import { routeCaseToDepartment } from './cases/route-case.js';
import { listDeadlines } from './cases/list-deadlines.js';
import { trackCase } from './cases/track-case.js';
import { readCaseDocument } from './cases/read-document.js';
import { verifyAudit } from './cases/verify-audit.js';
import { signIn } from './auth/sign-in.js';
import { getSessionUser, signOut } from './auth/session.js';
import { addUser, setOwnLocale, setPassword, updateUser } from './auth/manage-users.js';
import { listUsers } from './auth/list-users.js';
import { listDepartments } from './departments/list-departments.js';
import { findServiceBySlug, listServiceCatalogue } from './departments/list-service-catalogue.js';
import { updateDepartment } from './departments/update-department.js';
import { seedCatalogue } from './departments/seed-catalogue.js';

type Tail<F> = F extends (deps: never, ...rest: infer R) => infer Out ? (...rest: R) => Out : never;

/** Binds the first (deps) argument of each use case. */
function bind<D, T extends Record<string, (deps: D, ...args: never[]) => unknown>>(deps: D, useCases: T): { [K in keyof T]: Tail<T[K]> } {
  return Object.fromEntries(Object.entries(useCases).map(([name, fn]) => [name, (...args: never[]) => fn(deps, ...args)])) as {
    [K in keyof T]: Tail<T[K]>;
  };
}

export function createServices(config: Config, options: { clock?: Clock; db?: Database; blobs?: BlobStore; secret?: string } = {}) {
  const db = options.db ?? createDatabase(config.database);
  const blobs = options.blobs ?? createFileBlobStore(config.blobDir);
  const secret = options.secret ?? config.sessionSecret ?? loadOrCreateSecret(config.dataDir);
  return bindServices(config, { db, blobs, secret, clock: options.clock ?? systemClock });
}

interface Ports {
  db: Database;
  blobs: BlobStore;
  secret: string;
  clock: Clock;
}

export type Services = ReturnType<typeof bindUseCases> & {
  /** The same desk seen through another clock (demo data, tests of time-dependent rules). */
  withClock(other: Clock): Services;
};

function bindServices(config: Config, ports: Ports): Services {
  return { ...bindUseCases(config, ports), withClock: (other) => bindServices(config, { ...ports, clock: other }) };
}

function bindUseCases(config: Config, ports: Ports) {
  const { db, blobs, secret, clock } = ports;
  const caseDeps: CaseDeps = { db, clock, blobs, secret };
  const authDeps: AuthDeps = { db, clock, sessionHours: config.sessionHours };

  return {
    config,
    clock,
    /** For the web's CSRF tokens (app/.server only). */
    secret,
    migrate: () => migrateToLatest(db),
    close: () => db.destroy(),
    cases: bind(caseDeps, {
      registerPetition,
      getCaseForStaff,
      listInbox,
      assignCase,
      changeCaseStatus,
      addCaseNote,
      extendCaseDeadline,
      routeCaseToDepartment,
      listDeadlines,
      trackCase,
      readCaseDocument,
      verifyAudit,
    }),
    petitions: bind(
      { ...caseDeps, uploadLimits: { maxFiles: config.maxUploadFiles, maxBytesPerFile: config.maxUploadBytes } },
      { submitWebPetition },
    ),
    auth: bind(authDeps, { signIn, getSessionUser, signOut, addUser, updateUser, setOwnLocale, setPassword, listUsers }),
    departments: bind(authDeps, { listDepartments, listServiceCatalogue, findServiceBySlug, updateDepartment, seedCatalogue }),
  };
}
