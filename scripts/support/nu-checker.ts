/**
 * The W3C Nu HTML checker (`vnu.jar` from the `vnu-jar` package), run offline over built pages. It
 * catches what html-validate lets through, such as a `<script>` after `</html>`, which the HTML
 * parser treats as a fatal error.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The checker's jar: `VNU_JAR` when set, otherwise the one the `vnu-jar` package ships. */
export function vnuJar(): string {
  return process.env.VNU_JAR ?? createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
}

/** One message of the checker's JSON report (`--format json`). */
export interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/**
 * CSS properties the checker does not know, though browsers and the SVG 2 specification do; the
 * map's strokes need both. Only these are forgiven, and only as the checker words them.
 */
export const UNKNOWN_TO_NU = ['vector-effect', 'paint-order'] as const;

const unknownProperty = (property: string) => `CSS: “${property}”: Property “${property}” doesn't exist.`;

/** True for a message that is a fault of the checker, not of the page (see `UNKNOWN_TO_NU`). */
export function isCheckerGap(message: NuMessage): boolean {
  return UNKNOWN_TO_NU.some((property) => message.message === unknownProperty(property));
}

/** The errors of a JSON report, without the checker's own gaps. */
export function nuErrors(report: string): NuMessage[] {
  const { messages } = JSON.parse(report) as { messages: NuMessage[] };
  return messages.filter((message) => message.type === 'error' && !isCheckerGap(message));
}

/** `file:line:column: message`, with the file relative to the working directory. */
export function describeNuMessage(message: NuMessage): string {
  const file = (message.url ?? '').replace(/^file:/, '').replace(`${process.cwd()}/`, '');
  return `${file}:${message.lastLine ?? '?'}:${message.firstColumn ?? '?'}: ${message.message}`;
}

/**
 * Checks every file in one run of the JVM (starting it costs seconds; one run per page would cost
 * minutes) and returns the errors, gaps removed. Needs Java 11 or later on the PATH: `.ci/run`
 * installs Debian's `default-jre-headless` when it is missing.
 */
export function checkWithNu(files: readonly string[]): NuMessage[] {
  if (files.length === 0) throw new Error('no file to check');
  const result = spawnSync('java', ['-jar', vnuJar(), '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`could not run java (${result.error.message}): install Java 11 or later`);
  // The JSON report goes to standard error; the exit status only says whether there were errors.
  const report = result.stderr.slice(result.stderr.indexOf('{'));
  if (!report.startsWith('{')) throw new Error(`the Nu checker gave no report: ${result.stderr}`);
  return nuErrors(report);
}
