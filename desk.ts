/** Process entry for `npm run desk -- <command>`: the CLI with the web server plugged in. */
import { LONG_RUNNING, runCli } from './server/cli.js';

const dev = process.argv.includes('--dev');
const args = process.argv.slice(2).filter((a) => a !== '--dev');

runCli(args, {
  // The web (Express, the Remix build) is loaded only by the commands that serve: every other command starts in half the time.
  serve: async (services) => (await (await import('./web.js')).startWebServer(services, { dev })).url,
}).then(
  (code) => {
    if (code !== 0 || !LONG_RUNNING.includes(args[0] ?? '')) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
