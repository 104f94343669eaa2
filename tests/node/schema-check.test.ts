import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { describe, expect, it } from 'vitest';

// Loaded by Node itself (through tsx), not by Vite: graphql-inspector and Pothos must see the same
// copy of graphql as the script, as they do under `npm run schema:check`.
const { checkSchema } = (await tsImport('../../scripts/schema-check.ts', import.meta.url)) as typeof import('../../scripts/schema-check');
const { sortedSchema } = (await tsImport('../../src/graphql/index.ts', import.meta.url)) as typeof import('../../src/graphql');

const committed = readFileSync('schema/schema.graphql', 'utf8');
const released = readFileSync('schema/released.graphql', 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'schema-check-'));

/** Replaces exactly one occurrence, so that a test cannot silently edit nothing. */
const edit = (sdl: string, from: string | RegExp, to: string) => {
  const out = sdl.replace(from, to);
  if (out === sdl) throw new Error(`edit did not apply: ${from}`);
  return out;
};
const DISPLAY = /\n\s*"""Human-readable form[^\n]*\n\s*display: String!\n/;
const withoutDisplay = edit(committed, DISPLAY, '\n');
const displayDeprecated = edit(committed, /(\n\s*display: String!)\n/, '$1 @deprecated(reason: "Format `amount` yourself.")\n');

/** The check as `npm run schema:check` runs it, against the code's real schema. */
const cli = (...args: string[]) => {
  const run = spawnSync('npx', ['tsx', 'scripts/schema-check.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
};
const file = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe('schema:check', () => {
  it('passes for the current code, the committed schema and the released schema', async () => {
    expect(await checkSchema({ code: sortedSchema(), committed, released })).toEqual({ problems: [], warnings: [] });
    const run = cli();
    expect(run.output).toContain('schema:check passed');
    expect(run.status).toBe(0);
  });

  it('takes a new enum value as an addition: no problem and no warning', async () => {
    const releasedWithout = edit(committed, /\n\s*"""Series J\."""\n\s*SERIES_J\n/, '\n');
    expect(releasedWithout).not.toContain('SERIES_J');
    expect(await checkSchema({ code: sortedSchema(), committed, released: releasedWithout })).toEqual({ problems: [], warnings: [] });
    const { problems } = await checkSchema({ code: releasedWithout, committed: releasedWithout, released: committed });
    expect(problems.join('\n')).toMatch(/SERIES_J/);
  });

  it('reports a removed field as breaking', async () => {
    const { problems } = await checkSchema({ code: withoutDisplay, committed: withoutDisplay, released });
    expect(problems.join('\n')).toContain("Field 'display' was removed from object type 'Money'");
    expect(problems.some((p) => p.startsWith('Breaking change'))).toBe(true);
  });

  it('reports an output field made nullable and a required argument added as breaking', async () => {
    let code = edit(committed, /(type Company implements Node \{[\s\S]*?\n {2}name: )String!/, '$1String');
    code = edit(code, /(\n {2}model\(\n)/, '$1    """New."""\n    strict: Boolean!\n\n');
    const messages = (await checkSchema({ code, committed: code, released })).problems.join('\n');
    expect(messages).toContain("Field 'Company.name' changed type from 'String!' to 'String'");
    expect(messages).toContain("Argument 'strict: Boolean!' added to field 'Query.model'");
  });

  it('allows removing a field the released schema had deprecated, with a warning', async () => {
    const result = await checkSchema({ code: withoutDisplay, committed: withoutDisplay, released: displayDeprecated });
    expect(result.problems).toEqual([]);
    expect(result.warnings.join('\n')).toContain(
      "Field 'display' (deprecated) was removed from object type 'Money' (deprecated in the released schema, so allowed)",
    );
  });

  it('does not allow deprecating and removing in the same release', async () => {
    const { problems } = await checkSchema({ code: withoutDisplay, committed: withoutDisplay, released: committed });
    expect(problems).toHaveLength(1);
  });

  it('allows removing deprecated arguments and enum values, but not live ones', async () => {
    const releasedWith = edit(
      edit(
        committed,
        /(\n {2}model\(\n)/,
        '$1    """Old."""\n    legacy: Boolean @deprecated(reason: "Unused.")\n\n    """Live."""\n    live: Boolean\n\n',
      ),
      /(\nenum OrderDirection \{\n)/,
      '$1  """Old."""\n  SIDEWAYS @deprecated(reason: "Never sorted anything.")\n\n  """Live."""\n  RANDOM\n\n',
    );
    const { problems, warnings } = await checkSchema({ code: committed, committed, released: releasedWith });
    expect(problems.join('\n')).toMatch(/Argument 'live: Boolean' was removed from field 'Query.model'/);
    expect(problems.join('\n')).toMatch(/Enum value 'RANDOM' was removed from enum 'OrderDirection'/);
    expect(problems).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/'legacy: Boolean' was removed/);
    expect(warnings.join('\n')).toMatch(/'SIDEWAYS' \(deprecated\) was removed/);
  });

  it('allows removing a type only deprecated fields returned, but not one a live field returns', async () => {
    const legacyType = '\n"""Old."""\ntype Legacy {\n  """Old."""\n  value: String\n}\n';
    const releasedWith = (deprecation: string) =>
      edit(committed, /(\ntype Query \{\n)/, `$1  """Old."""\n  legacy: Legacy${deprecation}\n\n`) + legacyType;
    const deprecated = await checkSchema({ code: committed, committed, released: releasedWith(' @deprecated(reason: "Gone.")') });
    expect(deprecated.problems).toEqual([]);
    expect(deprecated.warnings.join('\n')).toContain("Type 'Legacy' was removed");

    const live = await checkSchema({ code: committed, committed, released: releasedWith('') });
    expect(live.problems.join('\n')).toContain("Field 'legacy' was removed from object type 'Query'");
    expect(live.problems.join('\n')).toContain("Type 'Legacy' was removed");
  });

  it('reports a committed schema/schema.graphql that the code no longer produces', async () => {
    const stale = edit(committed, '"""Human-readable form for display', '"""Readable form for display');
    const { problems } = await checkSchema({ code: sortedSchema(), committed: stale, released });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('run `npm run schema:print`');
    expect(problems[0]).toContain("Field 'Money.display' description changed");
  });

  it('fails the command, naming the change, for a breaking change against a modified released schema', () => {
    const releasedWithExtra = edit(released, /(\ntype Money \{\n)/, '$1  """Gone."""\n  cents: Int!\n\n');
    const run = cli('--released', file('released-extra.graphql', releasedWithExtra));
    expect(run.status).toBe(1);
    expect(run.output).toContain("Field 'cents' was removed from object type 'Money'");
    expect(run.output).toContain('Deprecation policy');
  });

  it('passes the command when the removed field was deprecated in the released schema', () => {
    const releasedWithOld = edit(
      released,
      /(\ntype Money \{\n)/,
      '$1  """Gone."""\n  cents: Int! @deprecated(reason: "Use `amount`.")\n\n',
    );
    const run = cli('--released', file('released-deprecated.graphql', releasedWithOld));
    expect(run.output).toContain('schema:check passed');
    expect(run.output).toContain('(deprecated in the released schema, so allowed)');
    expect(run.status).toBe(0);
  });
});

describe("the example client's generated types", () => {
  it('are what gql.tada generates from schema/schema.graphql (run `npm run examples:generate` after a schema change)', () => {
    const output = join(tmp, 'graphql-env.d.ts');
    const run = spawnSync('npx', ['gql-tada', 'generate-output', '--tsconfig', 'examples/tsconfig.json', '--output', output], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(readFileSync('examples/src/graphql-env.d.ts', 'utf8'));
  });
});
