/**
 * Retained heap per parsed document, as the document cache keeps it (key string + DocumentNode),
 * for graphql-js' default parse (every token linked from each node's `loc`), `parseLean` (light
 * `loc`), and `noLocation`; and what the document cache counts for a parseLean document
 * (`documentBytes`), which must not be less than what it retains. Run: `npm run bench:memory`.
 */
import { type DocumentNode, parse } from 'graphql';
import { examples } from '../src/documents/examples';
import { parseLean } from '../src/server/lean-document';
import { documentBytes } from '../src/server/plugins/document-cache';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc.');

const N = Number(process.env.DOCUMENTS ?? 200);
const padded = (i: number) => `{ __typename }\n${'#\n'.repeat(32_000)}# ${i}\n`;
const example = (i: number) => `${examples[i % examples.length]!.query}\n# ${i}\n`;

const parsers: Record<string, (text: string) => DocumentNode> = {
  'graphql-js parse (locations)': (text) => parse(text),
  parseLean: (text) => parseLean(text),
  'parse, noLocation': (text) => parse(text, { noLocation: true }),
};

function retained(make: (i: number) => string, parser: (text: string) => DocumentNode): number {
  gc!();
  gc!();
  const before = process.memoryUsage().heapUsed;
  const kept: [string, DocumentNode][] = [];
  for (let i = 0; i < N; i++) {
    // Flattened, as a query string read from a request body is.
    const text = make(i).split('').join('');
    kept.push([text, parser(text)]);
  }
  gc!();
  gc!();
  const after = process.memoryUsage().heapUsed;
  if (kept.length !== N) throw new Error('unreachable');
  return (after - before) / N;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
for (const [label, make] of [
  ['comment-padded (64 KiB)', padded],
  ['example queries', example],
] as const) {
  const length = make(0).length;
  console.log(`${label}: ${kib(length)} of text each, ${N} documents`);
  for (const [name, parser] of Object.entries(parsers))
    console.log(`  ${name.padEnd(30)} ${kib(retained(make, parser))} retained per document (key included)`);
  const text = make(0);
  console.log(`  ${'counted by the document cache'.padEnd(30)} ${kib(documentBytes(parseLean(text), text))} per parseLean document`);
}
