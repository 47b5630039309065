/**
 * `npm test`: the static checks (`npm run check`: types and formatting) and every test suite
 * (`vitest run`, arguments passed on), side by side. The checks take one core for twenty seconds;
 * the suites start by building the site, which leaves room for them. The suites' output streams as
 * it comes; the checks' is printed whole when both are done, so the two never interleave. The last
 * line is npm test's own verdict, whatever the last tool printed. Fails when either fails.
 */
import { spawn } from 'node:child_process';

function run(command: string, args: string[], capture: boolean): Promise<{ status: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (status, signal) => done({ status: status ?? (signal ? 1 : 0), output }));
  });
}

const began = Date.now();
const [check, suites] = await Promise.all([
  run('npm', ['run', '--silent', 'check'], true),
  run('npx', ['vitest', 'run', ...process.argv.slice(2)], false),
]);

console.log(`\nnpm run check (types and formatting):\n${check.output.trimEnd()}\n`);
const seconds = Math.round((Date.now() - began) / 1000);
const failed = [
  ...(check.status !== 0 ? ['npm run check (types or formatting)'] : []),
  ...(suites.status !== 0 ? ['the test suites'] : []),
];
if (failed.length > 0) console.error(`✗ npm test failed in ${seconds} s: ${failed.join(' and ')}, see above`);
else console.log(`✓ npm test passed in ${seconds} s: types, formatting and every test suite`);
process.exitCode = failed.length > 0 ? 1 : 0;
