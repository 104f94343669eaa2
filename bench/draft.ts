/**
 * `npm run bench:draft`: how long `npm run article:draft` takes on a 5,000-word article (the
 * labeled corpus's articles joined until 5,000 words), against the 2 s budget. Prints the median
 * and slowest of DRAFT_RUNS (default 5) runs of the whole command (`--json`, a fresh process each:
 * Node start-up, module loading and drafting; its CPU time too, where GNU time is installed) and,
 * in one process, of the drafting alone. Exits 1 when the command's median is over budget.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { CORPUS_DIR } from '../scripts/draft/evaluate';

const RUNS = Number(process.env.DRAFT_RUNS ?? 5);
const WORDS = 5_000;
const BUDGET_MS = 2_000;

const texts = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(CORPUS_DIR, f), 'utf8').trim());
const parts: string[] = [];
let words = 0;
for (let k = 0; words < WORDS; k++) {
  const text = texts[k % texts.length]!;
  parts.push(text);
  words += text.split(/\s+/).length;
}
mkdirSync('bench/.out', { recursive: true });
const file = 'bench/.out/draft-5000-words.txt';
writeFileSync(file, parts.join('\n\n'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// GNU time reports the command's CPU seconds too, which a busy machine inflates far less than wall time.
const gnuTime = existsSync('/usr/bin/time');
const command: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const args = ['--import', 'tsx', 'scripts/draft/cli.ts', file, '--json'];
  const start = performance.now();
  const run = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  command.push(performance.now() - start);
  if (run.status !== 0) throw new Error(`article:draft exited ${run.status}: ${run.stderr}`);
  const used = /cpu ([\d.]+) ([\d.]+)/.exec(run.stderr);
  if (used) cpu.push((Number(used[1]) + Number(used[2])) * 1000);
}
const { draftArticle } = await import('../scripts/draft/draft');
const text = readFileSync(file, 'utf8');
const alone: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  draftArticle(text);
  alone.push(performance.now() - start);
}
const row = (name: string, xs: number[]) =>
  `| ${name} | ${median(xs).toFixed(0)} | ${Math.max(...xs).toFixed(0)} | ${median(xs) < BUDGET_MS ? 'within' : 'OVER'} the 2 s budget |`;
console.log(`${words} words, ${RUNS} runs, load average ${loadavg()[0]!.toFixed(2)} on this machine\n`);
console.log('| what | median ms | slowest ms | verdict |\n|---|---:|---:|---|');
console.log(row('`article:draft --json` (whole command, wall clock)', command));
if (cpu.length) console.log(row('`article:draft --json` (whole command, CPU time)', cpu));
console.log(row('drafting alone (in one process)', alone));
if (median(command) >= BUDGET_MS) process.exitCode = 1;
