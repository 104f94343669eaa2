import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// BENCHMARKS.md is where measured figures live (npm run bench writes it); the docs that discuss
// performance either link to it or quote figures it holds, so a new run cannot leave them stale.
const BENCHMARKS = readFileSync('BENCHMARKS.md', 'utf8');
const DOCS = ['README.md', 'docs/api.md', 'docs/d1.md', 'docs/performance.md'];

/** Timings and rates a text quotes, as written ("9.92 µs", "2,501 req/s"); approximations ("~12 ms") are not figures. */
function timingsIn(text: string): string[] {
  return [...text.matchAll(/(?<![~\w.,])(\d[\d,]*(?:\.\d+)?)\s?(µs|ms|req\/s)(?!\w)/g)].map((m) => `${m[1]} ${m[2]}`);
}

describe('figures in the docs', () => {
  it.each(DOCS)('%s quotes no timing that BENCHMARKS.md does not hold', (doc) => {
    const quoted = timingsIn(readFileSync(doc, 'utf8'));
    expect(quoted.filter((figure) => !BENCHMARKS.includes(figure))).toEqual([]);
  });

  it("docs/performance.md's budgets are the ones BENCHMARKS.md judges", () => {
    const table = readFileSync('docs/performance.md', 'utf8').split('## Budgets')[1]!.split('\n## ')[0]!;
    const ratios = [...table.matchAll(/(\d+(?:\.\d+)?)×/g)].map((m) => `${m[1]}×`);
    expect(ratios.length).toBeGreaterThan(2);
    expect(ratios.filter((r) => !BENCHMARKS.includes(r))).toEqual([]);
  });

  it('reads timings as written and leaves approximations and other units alone', () => {
    expect(timingsIn('about 9.92 µs per entity, 2,501 req/s, 14 ms; ~12 ms; 150 KiB; 1.5× of 30ms')).toEqual([
      '9.92 µs',
      '2,501 req/s',
      '14 ms',
      '30 ms',
    ]);
  });
});
