/**
 * `npm run data:update`: refreshes the tables of content/data/ from their sources (the `update` of
 * each dataset in src/datasets/registry.ts) and records where they came from in
 * content/data/provenance.json. See `--help`.
 */
import { parseArgs } from 'node:util';
import { cleanUpAfterInterruption, runUpdate } from './run.ts';

const HELP = `Usage: npm run data:update -- [options]

Downloads each dataset that src/datasets/registry.ts says how to refresh, validates it as the build
does, refuses implausible changes, and writes the changed tables with content/data/provenance.json —
all of them or none.

Options:
  --source <id>=<url>   use this URL for a dataset (repeatable); also env vars such as DATA_SOURCE_UNHCR_URL
  --root <dir>          project root holding content/data/ (default: the current directory)
  --timeout <seconds>   time allowed per HTTP request (default: 30)
  --now <iso>           time recorded as retrievedAt (default: env DATA_UPDATE_NOW, else the clock)
  --dry-run             report what would change, write nothing
  --allow-backfill      accept new rows for years a table already covers (refused by default)
  --help                this text

Exit status: 0 updated or nothing to do, 1 a dataset failed (nothing written), 2 bad usage.`;

function usage(message: string): never {
  console.error(`✗ ${message}\n\n${HELP}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      source: { type: 'string', multiple: true },
      root: { type: 'string' },
      timeout: { type: 'string' },
      now: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'allow-backfill': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  usage((error as Error).message);
}
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

let timeoutSeconds: number | undefined;
if (values.timeout !== undefined) {
  timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) usage(`--timeout ${values.timeout}: give a number of seconds above 0`);
}

const nowText = values.now ?? process.env['DATA_UPDATE_NOW'];
let now = new Date();
if (nowText !== undefined && nowText !== '') {
  now = new Date(nowText);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(nowText) || Number.isNaN(now.getTime())) {
    usage(
      `${values.now === undefined ? 'DATA_UPDATE_NOW' : '--now'} ${nowText}: give an ISO timestamp such as 2026-01-31T06:00:00Z`,
    );
  }
}

const pause = Number(process.env['DATA_UPDATE_PAUSE_BEFORE_COMMIT_MS'] ?? 0);

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    cleanUpAfterInterruption();
    console.error(`✗ interrupted by ${signal}: nothing written.`);
    process.exit(code);
  });
}

process.exitCode = await runUpdate({
  root: values.root ?? process.cwd(),
  sources: values.source ?? [],
  ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
  now,
  dryRun: values['dry-run'] ?? false,
  allowBackfill: values['allow-backfill'] ?? false,
  ...(pause > 0 ? { pauseBeforeCommitMs: pause } : {}),
});
