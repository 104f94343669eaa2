import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/** Where the project describes itself: code, tests, scripts, benchmarks and docs. */
const ROOTS = ['src', 'tests', 'bench', 'scripts', 'e2e', 'examples/src', 'docs', 'README.md', 'BENCHMARKS.md', '.ci', '.github'];
const TEXT = /\.(ts|mts|mjs|js|md|graphql|yml|yaml|toml|json|html|css|sql)$|^run$/;
/** Phrases that describe how the project was made instead of the project (its goals are budgets). */
const PROCESS_WORDING = [
  /\bissues? #?\d+\b/i,
  /\bthe issue(?:'s)?\b/i,
  /\b(?:this|earlier|previous|last|next) session\b/i,
  /\bsession (?:note|talk)\b/i,
];
/** Names of files and folders outside the repository: what the repository holds must not depend on them. */
const OUTSIDE = [/\/work\/(?:wt|main|shared)\b/, /\b(?:DRAFT-LABELS|DECISIONS|BRIEF)\.md\b/];
const SELF = 'tests/node/wording.test.ts';

function files(path: string): string[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => (name === 'node_modules' || name === '.out' ? [] : files(join(path, name))));
}

const scanned = () => ROOTS.flatMap(files).filter((f) => f !== SELF && TEXT.test(f.split('/').pop()!));
/** Every line of the scanned files that one of `patterns` matches, as `file:line: text`. */
const matching = (patterns: readonly RegExp[]) =>
  scanned().flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (patterns.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );

it('speaks of the project only: no issue numbers or session talk in code, tests, scripts or docs', () => {
  expect(scanned().length).toBeGreaterThan(50);
  expect(matching(PROCESS_WORDING)).toEqual([]);
});

it('names no file outside the repository: what it needs, it holds', () => {
  expect(OUTSIDE.some((re) => re.test('see /work/wt/DRAFT-LABELS.md'))).toBe(true);
  expect(matching(OUTSIDE)).toEqual([]);
});
