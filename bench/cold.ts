import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A bundle a cold isolate loads, and the first request it answers. */
export interface ColdTarget {
  readonly label: string;
  /** The bundle's ES module, as `wrangler deploy --dry-run` wrote it. */
  readonly module: string;
  /** The first request's POST body. */
  readonly body: string;
}

// Runs in a fresh Node process per sample, so nothing of the bundle is loaded, compiled or cached
// beforehand. Node loads its fetch classes (undici) on their first use, tens of milliseconds that
// no Worker pays (workerd's are built in) and that would land wherever a bundle first touches one:
// they are loaded, and the request built, before the clock starts.
const PROBE = `
const [url, body] = process.argv.slice(1);
const request = new Request('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body });
await new Response(new TextEncoder().encode('{}')).text();
new Headers(); new TextDecoder();
const t0 = performance.now();
const worker = (await import(url)).default;
const t1 = performance.now();
const res = await worker.fetch(request, {}, { waitUntil() {}, passThroughOnException() {}, props: {} });
const text = await res.text();
const t2 = performance.now();
if (res.status !== 200 || text.includes('"errors"')) throw new Error('first response failed: ' + res.status + ' ' + text.slice(0, 200));
console.log(JSON.stringify({ startupMs: t1 - t0, firstMs: t2 - t1 }));
`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** One cold sample: module evaluation and the first response, in ms. */
function sample(target: ColdTarget): { startupMs: number; firstMs: number } {
  const output = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', PROBE, pathToFileURL(resolve(target.module)).href, target.body],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return JSON.parse(output.trim().split('\n').at(-1)!);
}

/** A cold request's medians per target: module evaluation, the first response, and both together. */
export interface ColdResult {
  readonly label: string;
  readonly startupMs: number;
  readonly firstMs: number;
  readonly totalMs: number;
  /** Each round's total, in round order (so two targets' samples pair by index). */
  readonly totals: readonly number[];
}

/** The median over rounds of `a`'s cold request minus `b`'s in the same round, in ms. */
export const pairedColdDifference = (a: ColdResult, b: ColdResult): number => median(a.totals.map((t, i) => t - b.totals[i]!));

/**
 * Startup plus the first response, each target in a fresh process, `rounds` interleaved rounds so
 * the machine's drift falls on every target alike; medians per target.
 */
export function runCold(targets: readonly ColdTarget[], rounds: number): ColdResult[] {
  const samples = new Map(targets.map((t) => [t, [] as { startupMs: number; firstMs: number }[]]));
  for (const t of targets) sample(t); // the file system's and V8's code caches warm alike for all
  for (let r = 0; r < rounds; r++) for (const t of targets) samples.get(t)!.push(sample(t));
  return targets.map((t) => {
    const xs = samples.get(t)!;
    const totals = xs.map((x) => x.startupMs + x.firstMs);
    return {
      label: t.label,
      startupMs: median(xs.map((x) => x.startupMs)),
      firstMs: median(xs.map((x) => x.firstMs)),
      totalMs: median(totals),
      totals,
    };
  });
}
