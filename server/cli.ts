/**
 * The command line: `npm run desk -- <command>`. Every command honours DATABASE_URL.
 * The web server is handed in by the process entry (desk.ts), so server/ never imports the web.
 */
import { parseArgs } from 'node:util';
import { loadConfig, sharedStateWarnings } from './config.js';
import { createServices, type Services } from './services.js';
import { ROLES, type Role } from './auth/user.js';
import { SERVED_LANGUAGES, type Lang } from './languages.js';
import { DEMO_PASSWORD, demoLogins, seedDemo } from './demo/seed-demo.js';
import { seedScale } from './demo/seed-scale.js';
import fs from 'node:fs';
import path from 'node:path';
import { startEmailChannels } from './mail/email-channels.js';
import { runOcrCommand } from './commands/ocr-command.js';
import { runClassifyCommand } from './commands/classify-command.js';
import { runVisitsCommand, VISITS_USAGE } from './commands/visits-command.js';
import { receiptOptionsSchema } from './receipts/receipt.schema.js';

export interface CliHooks {
  /** Starts the HTTP server; resolves with the URL it listens on. */
  serve(services: Services): Promise<string>;
}

const USAGE = `Petition Desk — npm run desk -- <command>

  migrate                      bring the database schema up to date and load the service catalogue
                               (departments and their services; keeps what an admin changed)
  catalogue load               load the service catalogue again (server/departments/catalogue/)
  seed                         demo users and demo cases, never needed in production (migrates first)
  seed-scale --cases N [--seed S] [--corpus DIR] [--workers W] [--no-rollups]
                               add N realistic cases (five years, every status and channel) to a
                               seeded desk, for the benchmark; deterministic for a given seed
  user add --email E --name N --role clerk|manager|admin|registry [--department D] [--locale lt|pl|ru|en]
                               (the password is read from the DESK_PASSWORD environment variable)
  user password --email E      set a new password from DESK_PASSWORD; ends the user's sessions
  verify-audit                 check every case's hash-chained audit trail
  serve                        start the web app (PORT, HOST); on SQLite also the job workers, and
                               the e-mail channels when SMTP_PORT / IMAP_HOST are set
  worker [--concurrency N]     run jobs (OCR, analysis) in this process — any number, on any machine
  mail                         run only the e-mail channels (SMTP listener, IMAP poller)
  ingest <file|message.eml>… [--together]
                               take files or e-mails in, one case per file (--together: the files are
                               one letter, one case); waits until they are read
  case show <number> --json    the case's facts: status, kind, languages, department, delivery, the
                               petitioner, and which facts were read from the letter
  letter --template ID --lang lt|pl|ru|en [--case NUMBER] --out FILE.pdf
                               render and sign a letter (demo data when no case is given)
  receipt <number> --out FILE.pdf [--paper A4|A5]
                               print a paper petitioner's receipt (issues a new tracking code)
  search reindex               rebuild the search index from the petitions, document pages and messages
  classify                     JSON Lines {id, subject?, body} on stdin → language and department per line
  ocr <file> [--json] [--lang lt,pl]
                               print the text of a scan or PDF (per-page confidence with --json)
  demo                         migrate + seed + serve, and print the URL and demo logins
${VISITS_USAGE}
`;

/** Commands that keep running until the process is stopped. */
export const LONG_RUNNING = ['serve', 'demo', 'worker', 'mail'];

export async function runCli(argv: string[], hooks: CliHooks): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(USAGE);
    return command ? 0 : 1;
  }
  if (command === 'ocr') return runOcrCommand(rest, process.stdout);
  const services = createServices(loadConfig());
  const keepOpen = LONG_RUNNING.includes(command);
  try {
    switch (command) {
      case 'migrate': {
        const result = await services.migrate();
        const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
        console.log(`catalogue: ${result.catalogue.departments} departments, ${result.catalogue.services} services`);
        return 0;
      }
      case 'catalogue': {
        if (rest[0] !== 'load' || rest.length > 1) {
          process.stderr.write('usage: desk catalogue load\n');
          return 1;
        }
        const loaded = await services.migrate(); // the schema first; migrate loads the catalogue
        console.log(`catalogue loaded: ${loaded.catalogue.departments} departments, ${loaded.catalogue.services} services`);
        return 0;
      }
      case 'seed': {
        await services.migrate();
        const r = await seedDemo(services);
        console.log(r.skipped ? `demo cases already present; ${r.users} users added` : `seeded ${r.cases} demo cases and ${r.users} users`);
        return 0;
      }
      case 'seed-scale': {
        const { values } = parseArgs({ args: rest, options: { cases: { type: 'string' }, seed: { type: 'string', default: '1' }, corpus: { type: 'string' }, workers: { type: 'string' }, 'no-rollups': { type: 'boolean' } } });
        const cases = Number(values.cases);
        if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(Number(values.seed))) {
          process.stderr.write('usage: desk seed-scale --cases N [--seed S] [--corpus DIR] [--workers W] [--no-rollups]\n');
          return 1;
        }
        await services.migrate();
        const r = await seedScale(services, { cases, seed: Number(values.seed), corpusDir: values.corpus, workers: values.workers === undefined ? undefined : Number(values.workers), afterLoad: !values['no-rollups'], log: (line) => console.log(line) });
        console.log(`seed-scale done: ${r.cases} cases, ${r.events} events, ${r.documents} documents, ${r.pages} pages, ${r.replies} replies, ${r.petitioners} new petitioners, ${r.searchTexts} search texts; ${r.rows} rows in ${r.loadSeconds.toFixed(1)} s (${Math.round(r.rows / r.loadSeconds)} rows/s); ${r.seconds.toFixed(1)} s in all; phases (s): ${JSON.stringify(r.phases)}; peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
        return 0;
      }
      case 'user':
        return await userCommand(services, rest);
      case 'verify-audit': {
        const report = await services.cases.verifyAudit();
        console.log(`checked ${report.casesChecked} cases, ${report.eventsChecked} events`);
        for (const p of report.problems) console.log(`TAMPERED ${p.caseNumber} event ${p.seq}: ${p.reason}`);
        console.log(report.problems.length ? `audit trail BROKEN: ${report.problems.length} problems` : 'audit trail intact');
        return report.problems.length ? 2 : 0;
      }
      case 'serve':
      case 'demo': {
        await services.migrate();
        if (command === 'demo') await seedDemo(services);
        const url = await hooks.serve(services);
        await startBackground(services);
        if (command === 'demo') printDemoBanner(url);
        else console.log(`Petition Desk listening on ${url}`);
        return 0;
      }
      case 'worker': {
        await services.migrate();
        const { values } = parseArgs({ args: rest, options: { concurrency: { type: 'string' } } });
        const concurrency = values.concurrency ? Math.max(1, Number(values.concurrency)) : undefined;
        warnAboutSharedState(services);
        // A worker sends the outbox's mail: with no relay configured, into this machine's catcher.
        const catcher = await services.startMailCatcher();
        if (catcher) console.log(`outgoing mail is caught on 127.0.0.1:${catcher.port} and kept in ${catcher.dir}`);
        await services.startJobs(concurrency);
        stopOnSignal(services);
        console.log(`worker running (${concurrency ?? services.config.jobs.concurrency} at a time)`);
        return 0;
      }
      case 'mail': {
        await services.migrate();
        const channels = await startMail(services);
        if (!channels) {
          process.stderr.write('no e-mail channel configured: set SMTP_PORT and/or IMAP_HOST, IMAP_USER, IMAP_PASSWORD\n');
          return 1;
        }
        stopOnSignal(services, () => channels.close());
        return 0;
      }
      case 'ingest':
        return await ingestCommand(services, rest);
      case 'case':
        return await caseCommand(services, rest);
      case 'letter': {
        const { values } = parseArgs({ args: rest, options: { template: { type: 'string' }, lang: { type: 'string' }, case: { type: 'string' }, out: { type: 'string' } } });
        if (!values.template || !values.out || !(SERVED_LANGUAGES as readonly string[]).includes(values.lang ?? '')) {
          process.stderr.write('usage: desk letter --template ID --lang lt|pl|ru|en [--case NUMBER] --out FILE.pdf\n');
          return 1;
        }
        await services.migrate();
        const written = await services.replies.writeLetter({ templateId: values.template, lang: values.lang as Lang, caseNumber: values.case ?? null, out: values.out });
        console.log(`signed letter written to ${written.outPath} (${written.byteLength} bytes)`);
        return 0;
      }
      case 'receipt': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string' }, paper: { type: 'string', default: 'A4' } } });
        const options = receiptOptionsSchema.safeParse({ paper: values.paper?.toUpperCase() });
        if (positionals.length !== 1 || !values.out || !options.success) {
          process.stderr.write('usage: desk receipt <number> --out FILE.pdf [--paper A4|A5]\n');
          return 1;
        }
        await services.migrate();
        // The operator at the command line is trusted like an admin; the code is only in the PDF.
        const receipt = await services.receipts.printReceipt(CLI_OPERATOR, positionals[0]!, { ...options.data, siteUrl: `http://${services.config.host}:${services.config.port}` });
        fs.writeFileSync(values.out, receipt.pdf);
        console.log(`${values.out}: ${receipt.number}`);
        return 0;
      }
      case 'search': {
        if (rest[0] !== 'reindex' || rest.length > 1) {
          process.stderr.write('usage: desk search reindex\n');
          return 1;
        }
        await services.migrate();
        const started = Date.now();
        const { texts } = await services.rebuildSearchIndex((n) => n % 100_000 === 0 && console.error(`${n} texts…`));
        console.log(`search index rebuilt: ${texts} texts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        return 0;
      }
      case 'visits':
        // No migrate: bookings may run many at once, and each would contend for the migration lock.
        return await runVisitsCommand(services, rest, process.stdout, process.stderr);
      case 'classify':
        await services.migrate();
        return await runClassifyCommand(process.stdin, process.stdout, { analyser: services.analyser });
      default:
        process.stderr.write(`unknown command "${command}"\n\n${USAGE}`);
        return 1;
    }
  } finally {
    if (!keepOpen) await services.close();
  }
}

async function startMail(services: Services) {
  const { mail, limits } = services.config;
  if (!mail.smtp && !mail.imap) return null;
  const channels = await startEmailChannels(
    { deskAddresses: mail.deskAddresses, maxEmailBytes: limits.maxEmailBytes, smtp: mail.smtp, imap: mail.imap },
    (raw, via) => services.intake.ingestEmail(raw, via),
    (line) => console.log(line),
  );
  if (channels.smtpPort !== null) console.log(`SMTP listener on ${mail.smtp!.host}:${channels.smtpPort} for ${mail.deskAddresses.join(', ')}`);
  if (channels.pollOnce) console.log(`IMAP poller on ${mail.imap!.host}:${mail.imap!.port} every ${mail.imap!.pollSeconds} s`);
  return channels;
}

/** What `serve` runs beside the web: the embedded job workers and the configured mail channels. */
async function startBackground(services: Services): Promise<void> {
  warnAboutSharedState(services);
  if (services.config.jobs.inProcess) await services.startJobs();
  else console.log('jobs are not run here: start `desk worker` processes (JOBS_IN_PROCESS=false)');
  const catcher = await services.startMailCatcher();
  if (catcher) console.log(`outgoing mail is caught on 127.0.0.1:${catcher.port} and kept in ${catcher.dir}`);
  const channels = await startMail(services);
  stopOnSignal(services, () => channels?.close());
}

/** On PostgreSQL, what each process must share with the others and does not (config.ts says why). */
function warnAboutSharedState(services: Services): void {
  for (const warning of sharedStateWarnings(services.config)) console.error(`warning: ${warning}`);
}

function stopOnSignal(services: Services, beforeClose?: () => Promise<void> | undefined): void {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await beforeClose?.();
      await services.close();
    } finally {
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** `desk ingest a.pdf b.eml …`: each file becomes a case (an .eml through the e-mail intake). */
async function ingestCommand(services: Services, argv: string[]): Promise<number> {
  const { values, positionals: files } = parseArgs({ args: argv, allowPositionals: true, options: { together: { type: 'boolean' } } });
  if (files.length === 0) {
    process.stderr.write('usage: desk ingest <file|message.eml>… [--together]\n');
    return 1;
  }
  // Every file is checked before any is taken in: a typo in the fifth name takes none of them.
  for (const file of files) {
    try {
      if (!fs.statSync(file).isFile()) throw new Error('not a file');
      fs.accessSync(file, fs.constants.R_OK);
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message;
      process.stderr.write(`Cannot read ${file}: ${why}. Nothing was taken in.\n`);
      return 2;
    }
  }
  await services.migrate();
  await services.startJobs();
  // --together: the first file opens the case, the others are further pages of the same letter.
  let together: string | null = null;
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    if (file.toLowerCase().endsWith('.eml')) {
      const r = await services.intake.ingestEmail(bytes, 'cli');
      console.log(`${file}: ${r.outcome}${r.caseNumber ? ` ${r.caseNumber}` : ''}`);
    } else {
      const r = await services.intake.ingestScan(null, { filename: path.basename(file), bytes, caseNumber: together });
      if (values.together) together = r.caseNumber;
      console.log(`${file}: ${r.caseNumber}${r.problem ? ` (kept, cannot be read: ${r.problem})` : ''}`);
    }
  }
  await services.drainJobs(10 * 60_000);
  return 0;
}

/** The operator on the command line is trusted as an administrator would be. */
const CLI_OPERATOR = { id: 'cli', role: 'admin', departmentId: null, name: 'Petition Desk' } as const;

/** `desk case show <number> --json`: the case's facts, for integrators and checks. */
async function caseCommand(services: Services, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const [sub, number] = positionals;
  if (sub !== 'show' || !number) {
    process.stderr.write('usage: desk case show <number> --json\n');
    return 1;
  }
  await services.migrate();
  let view;
  try {
    view = await services.cases.getCaseForStaff(CLI_OPERATOR, number);
  } catch (error) {
    if ((error as { code?: string }).code === 'not_found') {
      process.stderr.write(`No case ${number}.\n`);
      return 2;
    }
    throw error;
  }
  const { kase, petitioner, routingSuggestion } = view;
  const facts = {
    number: kase.number,
    status: kase.status,
    kind: kase.kind,
    // The language the desk serves the case in: null for one it does not serve (a Ukrainian letter).
    language: kase.language,
    // What the detector named at analysis, served or not ("uk"); null when it named none or the case was not analysed.
    detectedLanguage: routingSuggestion?.detectedLanguage ?? null,
    replyLanguage: kase.replyLanguage,
    department: kase.departmentId,
    deliveryChannel: kase.deliveryChannel,
    channel: kase.channel,
    subject: kase.subject,
    letterDate: kase.letterDate,
    receivedAt: kase.receivedAt,
    registeredOn: kase.registeredOn,
    dueOn: kase.dueOn,
    petitioner: { name: petitioner.name || null, address: petitioner.address, email: petitioner.email, phone: petitioner.phone, language: petitioner.language },
    readFromLetter: Object.entries(kase.factsSource).filter(([, source]) => source === 'letter').map(([fact]) => fact),
    factsSource: kase.factsSource,
  };
  if (values.json) console.log(JSON.stringify(facts, null, 2));
  else for (const [key, value] of Object.entries(facts)) console.log(`${key.padEnd(16)} ${typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}`);
  return 0;
}

function printDemoBanner(url: string): void {
  const lines = [
    '',
    `Petition Desk is running: ${url}`,
    `  residents:  ${url}/lt  (also /pl, /ru, /en)`,
    `  staff:      ${url}/staff/login`,
    `Demo logins (password "${DEMO_PASSWORD}" for all; demo data only):`,
    ...demoLogins().map((l) => `  ${l.email.padEnd(34)} ${l.role}${l.departmentId ? ` — ${l.departmentId}` : ''}`),
    '',
  ];
  console.log(lines.join('\n'));
}

async function userCommand(services: Services, argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      department: { type: 'string' },
      locale: { type: 'string' },
    },
  });
  const password = process.env.DESK_PASSWORD;
  if (!values.email || !password) {
    process.stderr.write('--email and the DESK_PASSWORD environment variable are required\n');
    return 1;
  }
  await services.migrate();
  if (sub === 'add') {
    if (!values.name || !values.role || !(ROLES as readonly string[]).includes(values.role)) {
      process.stderr.write(`--name and --role (${ROLES.join('|')}) are required\n`);
      return 1;
    }
    const locale = (SERVED_LANGUAGES as readonly string[]).includes(values.locale ?? '') ? (values.locale as Lang) : 'lt';
    const user = await services.auth.addUser(null, {
      email: values.email,
      name: values.name,
      role: values.role as Role,
      departmentId: values.department ?? null,
      locale,
      password,
    });
    console.log(`added ${user.role} ${user.email} (${user.id})`);
    return 0;
  }
  if (sub === 'password') {
    await services.auth.setPassword(values.email, password);
    console.log(`password changed for ${values.email}; their sessions were ended`);
    return 0;
  }
  process.stderr.write(USAGE);
  return 1;
}
