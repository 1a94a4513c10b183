/**
 * The command line: `npm run desk -- <command>`. Every command honours DATABASE_URL.
 * The web server is handed in by the process entry (desk.ts), so server/ never imports the web.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from './config.js';
import { createServices, type Services } from './services.js';
import { ROLES, type Role } from './auth/user.js';
import { SERVED_LANGUAGES, type Lang } from './languages.js';
import { DEMO_PASSWORD, demoLogins, seedDemo } from './demo/seed-demo.js';

export interface CliHooks {
  /** Starts the HTTP server; resolves with the URL it listens on. */
  serve(services: Services): Promise<string>;
}

const USAGE = `Petition Desk — npm run desk -- <command>

  migrate                      bring the database schema up to date
  seed                         departments, service catalogue, demo users and demo cases
  user add --email E --name N --role clerk|manager|admin [--department D] [--locale lt|pl|ru|en]
                               (the password is read from the DESK_PASSWORD environment variable)
  user password --email E      set a new password from DESK_PASSWORD; ends the user's sessions
  verify-audit                 check every case's hash-chained audit trail
  serve                        start the web app (PORT, HOST)
  demo                         migrate + seed + serve, and print the URL and demo logins
`;

export async function runCli(argv: string[], hooks: CliHooks): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(USAGE);
    return command ? 0 : 1;
  }
  const services = createServices(loadConfig());
  const keepOpen = command === 'serve' || command === 'demo';
  try {
    switch (command) {
      case 'migrate': {
        const result = await services.migrate();
        const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
        return 0;
      }
      case 'seed': {
        await services.migrate();
        const r = await seedDemo(services);
        console.log(r.skipped ? `demo cases already present; ${r.users} users added` : `seeded ${r.cases} demo cases and ${r.users} users`);
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
      case 'serve': {
        await services.migrate();
        const url = await hooks.serve(services);
        console.log(`Petition Desk listening on ${url}`);
        return 0;
      }
      case 'demo': {
        await services.migrate();
        await seedDemo(services);
        const url = await hooks.serve(services);
        printDemoBanner(url);
        return 0;
      }
      default:
        process.stderr.write(`unknown command "${command}"\n\n${USAGE}`);
        return 1;
    }
  } finally {
    if (!keepOpen) await services.close();
  }
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
