/**
 * Runs a command and measures it: wall time, and peak memory as the largest total resident set of
 * the command and every process it starts, sampled from /proc (a build is npm → node → workers, and
 * what a machine must have is their sum, not the largest one alone).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cleanEnv } from './env.ts';

export interface Measurement {
  status: number | null;
  wallMs: number;
  /** Peak of the summed resident memory of the process tree, in bytes (0 where /proc is missing). */
  peakBytes: number;
  output: string;
}

const PAGE_SIZE = 4096;
const SAMPLE_MS = 50;

/** Parent of each running process, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) may hold spaces and parentheses: fields resume after its last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return map;
}

function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** The summed resident memory of `root` and all its descendants. */
function treeBytes(root: number): number {
  const parentOf = parents();
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += residentBytes(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measure(command: string, args: readonly string[], cwd: string): Promise<Measurement> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peakBytes = 0;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const sampler = setInterval(() => {
      if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeBytes(child.pid));
    }, SAMPLE_MS);
    child.on('error', (error) => {
      clearInterval(sampler);
      fail(error);
    });
    child.on('close', (status) => {
      clearInterval(sampler);
      done({ status, wallMs: performance.now() - started, peakBytes, output });
    });
  });
}
