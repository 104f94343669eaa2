import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAP = 'docs/architecture.md';

/** Every folder under src/, src/ included, as `src/a/b/`. */
function foldersUnder(dir: string): string[] {
  return [
    `${dir}/`,
    ...readdirSync(dir)
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isDirectory())
      .flatMap(foldersUnder),
  ];
}

/** The folders the map's "Folders" table names, in its first column. */
function foldersInMap(markdown: string): string[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('Folders\n'));
  if (!section) throw new Error(`${MAP} has no "## Folders" section`);
  return [...section.matchAll(/^\| `(src\/[^`]*)` \|/gm)].map((m) => m[1]!);
}

/** Every .ts file under `dir`. */
const tsFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });

describe(MAP, () => {
  it('names every folder under src/, and only folders that exist', () => {
    const named = foldersInMap(readFileSync(MAP, 'utf8'));
    expect(named.length).toBeGreaterThan(5);
    expect([...named].sort()).toEqual(foldersUnder('src').sort());
  });

  it('reads a folder list from its table and nothing else', () => {
    const named = foldersInMap(
      '# Map\n\n## Folders\n\n| folder | job |\n|---|---|\n| `src/` | app |\n| `src/x/` | x `src/y/` |\n\n## Other\n\n| `src/z/` | z |\n',
    );
    expect(named).toEqual(['src/', 'src/x/']);
  });
});

describe("the data layer's entry", () => {
  const allowed = new Set(['src/data/index.ts']);

  it('is the only module of src/data/ that the rest of src/ imports', () => {
    const outside = tsFiles('src').filter((f) => !f.startsWith('src/data/'));
    const reaches = outside.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'|import '(\.[^']*)'/g)].flatMap((m) => {
        const target = normalize(join(dirname(file), m[1] ?? m[2]!));
        if (!target.startsWith('src/data')) return [];
        const module = target === 'src/data' ? 'src/data/index.ts' : `${target}.ts`;
        return allowed.has(module) ? [] : [`${file} → ${module}`];
      }),
    );
    expect(outside.length).toBeGreaterThan(30);
    expect(reaches).toEqual([]);
  });
});

describe('tests', () => {
  it('import nothing from bench/: what both share lives in tests/fixtures/', () => {
    const tests = tsFiles('tests');
    const fromBench = tests.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'/g)]
        .map((m) => normalize(join(dirname(file), m[1]!)))
        .filter((target) => target.startsWith('bench/'))
        .map((target) => `${file} → ${target}`),
    );
    expect(tests.length).toBeGreaterThan(20);
    expect(fromBench).toEqual([]);
  });
});
