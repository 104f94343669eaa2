import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Longest file in src/, in lines. */
const MAX_FILE_LINES = 300;
/** Longest function in src/ (declaration, method, arrow or accessor), in lines from its first to its last. */
const MAX_FUNCTION_LINES = 80;
/**
 * A generated file says so in its first five lines with the `@generated` marker (the convention
 * code generators and review tools share); only such files may be longer.
 */
const GENERATED = /@generated\b/;
const TEXT = /\.(ts|mts|js|mjs|css|html|svg)$/;
const CODE = /\.(ts|mts|js|mjs)$/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : TEXT.test(name) ? [path] : [];
  });
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
const isGenerated = (text: string) => GENERATED.test(text.split('\n').slice(0, 5).join('\n'));

/** Every function-like node with a body in `text`: where it starts and how many lines it spans. */
function functionsOf(path: string, text: string): { at: string; lines: number }[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: { at: string; lines: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ at: `${path}:${start + 1}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const sources = files('src')
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
  .filter(({ text }) => !isGenerated(text));

describe('src/ stays readable', () => {
  it(`has no file over ${MAX_FILE_LINES} lines (files marked @generated excepted)`, () => {
    expect(sources.length).toBeGreaterThan(50);
    const long = sources
      .filter(({ text }) => lineCount(text) > MAX_FILE_LINES)
      .map(({ path, text }) => `${path}: ${lineCount(text)} lines`);
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines, as the TypeScript compiler parses them`, () => {
    const all = sources.filter(({ path }) => CODE.test(path)).flatMap(({ path, text }) => functionsOf(path, text));
    expect(all.length).toBeGreaterThan(200);
    const long = all.filter((f) => f.lines > MAX_FUNCTION_LINES).map((f) => `${f.at}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });

  it('measures a function as the lines from its first to its last, nested ones included', () => {
    const body = Array.from({ length: 81 }, (_, i) => `  const v${i} = () => ${i};`).join('\n');
    const [outer, ...inner] = functionsOf('x.ts', `export function f() {\n${body}\n}\n`);
    expect(outer).toEqual({ at: 'x.ts:1', lines: 83 });
    expect(inner).toHaveLength(81);
    expect(inner.every((f) => f.lines === 1)).toBe(true);
  });
});
