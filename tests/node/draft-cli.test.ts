import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { describe, expect, it } from 'vitest';

const { draftArticle } = (await tsImport('../../scripts/draft/draft.ts', import.meta.url)) as typeof import('../../scripts/draft/draft');
const { toJson } = (await tsImport('../../scripts/draft/json.ts', import.meta.url)) as typeof import('../../scripts/draft/json');
const { draftedFile } = (await tsImport('../../scripts/draft/write.ts', import.meta.url)) as typeof import('../../scripts/draft/write');
const { checkArticleFiles } = (await tsImport(
  '../../scripts/check-article-files.ts',
  import.meta.url,
)) as typeof import('../../scripts/check-article-files');
const { articleSources } = (await tsImport(
  '../../src/data/articles/index.ts',
  import.meta.url,
)) as typeof import('../../src/data/articles');
const { formatProblems } = (await tsImport(
  '../../src/data/sources/authoring.ts',
  import.meta.url,
)) as typeof import('../../src/data/sources/authoring');
const { listInIndex } = (await tsImport(
  '../../scripts/draft/article-index.ts',
  import.meta.url,
)) as typeof import('../../scripts/draft/article-index');

const CORPUS = 'tests/fixtures/drafting';
// Inside the repository (so drafts import the authoring helpers by a relative path) and ignored by git.
const OUT = 'tests/.out/draft-cli';
mkdirSync(OUT, { recursive: true });
const corpus = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => f.slice(0, -4));

const ARGS = ['--import', 'tsx', 'scripts/draft/cli.ts'];
/** `npm run article:draft -- …` as a process of its own. */
const draft = (...args: string[]) => {
  const run = spawnSync(process.execPath, [...ARGS, ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};
const run = (command: string, args: string[]) =>
  new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
const file = (name: string, content: string | Uint8Array) => {
  const path = join(OUT, name);
  writeFileSync(path, content);
  return path;
};
/** One line on stderr and no stack frame. */
const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/^\s+at /m);
};

describe('npm run article:draft --json', () => {
  it('prints exactly the drafted facts in the labeling shape, and nothing else on stdout', () => {
    const text = readFileSync(`${CORPUS}/quillon-chf-series-c.txt`, 'utf8');
    const { status, stdout } = draft(`${CORPUS}/quillon-chf-series-c.txt`, '--json');
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toEqual(toJson(draftArticle(text)));
    expect(Object.keys(json)).toEqual(['companies', 'fundingRounds', 'models', 'competitors']);
    for (const c of json.companies) expect(Object.keys(c)).toEqual(['name', 'kind', 'headquarters']);
    for (const r of json.fundingRounds)
      expect(Object.keys(r)).toEqual(['company', 'type', 'amount', 'valuation', 'leadInvestors', 'investors']);
    for (const m of json.models) expect(Object.keys(m)).toEqual(['name', 'developer', 'license']);
    for (const pair of json.competitors) expect(pair).toHaveLength(2);
    expect(json.fundingRounds[0]).toMatchObject({ company: 'Quillon', amount: { amount: '85000000', currency: 'CHF' } });
  });
});

describe('npm run article:draft writes article files', () => {
  it('drafts every corpus article into a file that data:check accepts unedited, each checked with the embedded articles', async () => {
    // In one process, through the functions the two commands run; the next test runs the commands themselves.
    const dir = resolve(OUT, 'checked');
    mkdirSync(dir, { recursive: true });
    const failures: string[] = [];
    for (const name of corpus) {
      const out = join(dir, `${name}.ts`);
      const text = readFileSync(`${CORPUS}/${name}.txt`, 'utf8');
      const drafted = await draftedFile(draftArticle(text, { publishedOn: '2025-03-07' }), {
        out,
        slug: name,
        input: `${CORPUS}/${name}.txt`,
      });
      writeFileSync(out, drafted.source);
      const { problems, articles } = await checkArticleFiles([out]);
      expect(articles).toBe(articleSources.length + 1);
      if (problems.length) failures.push(formatProblems(problems));
    }
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    expect(failures).toEqual([]);
  }, 300_000);

  it('reports a drafted file whose quote is not in its text, as data:check does', async () => {
    const out = resolve(OUT, 'checked', 'misquoted.ts');
    const text = readFileSync(`${CORPUS}/fennec-seed-wire.txt`, 'utf8');
    const { source } = await draftedFile(draftArticle(text), { out, slug: 'misquoted', input: 'fennec-seed-wire.txt' });
    writeFileSync(out, source.replace("s1: cite('", "s1: cite('Not in the text: "));
    const { problems } = await checkArticleFiles([out]);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/quote not found in the text/);
  });

  it('writes a file npm run data:check accepts, run as the two commands', async () => {
    const out = `${OUT}/okapi-robotics-series-b.ts`;
    const drafted = await run('npm', [
      'run',
      '-s',
      'article:draft',
      '--',
      `${CORPUS}/okapi-robotics-series-b.txt`,
      '--out',
      out,
      '--force',
      '--published-on',
      '2025-03-07',
    ]);
    expect(drafted.output).toMatch(/article:draft: wrote tests\/\.out\/draft-cli\/okapi-robotics-series-b\.ts/);
    expect(drafted.status).toBe(0);
    const checked = await run('npm', ['run', '-s', 'data:check', '--', out]);
    expect(checked.output).toMatch(/data:check: \d+ article\(s\), no problems/);
    expect(checked.status).toBe(0);
  }, 120_000);

  it('keeps the text verbatim, one sentence per line, each sentence cited once', () => {
    const source = readFileSync(`${OUT}/okapi-robotics-series-b.ts`, 'utf8');
    const text = readFileSync(`${CORPUS}/okapi-robotics-series-b.txt`, 'utf8');
    const sentences = draftArticle(text).article.sentences;
    expect(source.match(/^\s+s\d+: cite\(/gm)).toHaveLength(sentences.length);
    for (const s of sentences) expect(source).toContain(s.text.replace(/'/g, "\\'"));
    expect(source).toContain("file: 'tests/.out/draft-cli/okapi-robotics-series-b.ts'");
    expect(source).toMatch(/investor: 'northwind-ventures', lead: true/);
    expect(source).toContain("announcedOn: '2025-03-04'");
    expect(source).toMatch(
      /slug: 'okapi-robotics', name: 'Okapi Robotics', kind: 'STARTUP', aliases: \['Okapi'\], headquarters: 'Lisbon, PT'/,
    );
  });

  it('never overwrites a file without --force (exit 4)', () => {
    const out = file('exists.ts', '// mine\n');
    const { status, stderr } = draft(`${CORPUS}/fennec-seed-wire.txt`, '--out', out);
    expect(status).toBe(4);
    oneLine(stderr);
    expect(readFileSync(out, 'utf8')).toBe('// mine\n');
  });

  it('lists a new article in the articles index once', () => {
    const index = join(OUT, 'index.ts');
    copyFileSync('src/data/articles/index.ts', index);
    const list = (text: string) => /articleSources: readonly ArticleSource\[\] = \[([^\]]*)\]/.exec(text)?.[1];
    const before = list(readFileSync(index, 'utf8'));
    expect(before).toContain('mistralAi450m');
    listInIndex(index, join(OUT, 'acme-ai-series-a.ts'));
    listInIndex(index, join(OUT, 'acme-ai-series-a.ts'));
    const listed = readFileSync(index, 'utf8');
    expect(listed.match(/import acmeAiSeriesA from '\.\/acme-ai-series-a';/g)).toHaveLength(1);
    // Every article listed before keeps its place; the new one comes last, once.
    expect(list(listed)).toBe(`${before}, acmeAiSeriesA`);
  });
});

describe('bad input', () => {
  const german =
    'Das Berliner Unternehmen hat in einer Finanzierungsrunde zwanzig Millionen Euro eingesammelt. Die Runde wurde von einem Risikokapitalgeber angeführt, und die Gründer wollen das Geld für neue Mitarbeiter verwenden.';
  it.each([
    ['an empty file', 'empty.txt', '', /is empty/],
    ['a file of blank lines', 'blank.txt', '\n \n\t\n', /is empty/],
    ['a binary file', 'image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary/],
    [
      'a file that is not UTF-8',
      'latin1.txt',
      new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x72, 0x61, 0x69, 0x73, 0x65, 0x64]),
      /not UTF-8/,
    ],
    ['a file over 1 MiB', 'huge.txt', 'Acme raised $5 million. '.repeat(50_000), /over the 1 MiB limit/],
    ['a non-English article', 'german.txt', german, /does not look like English/],
  ])('rejects %s with exit 3 and one line', (_, name, content, message) => {
    const { status, stdout, stderr } = draft(file(name, content), '--json');
    expect(status).toBe(3);
    expect(stdout).toBe('');
    oneLine(stderr);
    expect(stderr).toMatch(message);
  });

  it('rejects a file that cannot be read with exit 3', () => {
    const { status, stderr } = draft(join(OUT, 'missing.txt'));
    expect(status).toBe(3);
    oneLine(stderr);
    expect(stderr).toMatch(/missing\.txt: cannot be read \(ENOENT\)/);
  });

  it.each([
    ['no file', []],
    ['two files', ['a.txt', 'b.txt']],
    ['an unknown option', [`${CORPUS}/fennec-seed-wire.txt`, '--verbose']],
    ['a date that is not one', [`${CORPUS}/fennec-seed-wire.txt`, '--published-on', '2025-13-40']],
    ['a slug that is not one', [`${CORPUS}/fennec-seed-wire.txt`, '--slug', 'Not A Slug']],
  ])('rejects %s with exit 2 and the usage', (_, args) => {
    const { status, stderr } = draft(...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(/usage: npm run article:draft|must be|is not a date/);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('drafts the sentences only, with a one-line note, when the text states no funding facts', async () => {
    const path = file(
      'weather.txt',
      'Rain is expected across the region on Thursday.\n\nTemperatures will fall to near freezing by the weekend, forecasters said.',
    );
    const out = join(OUT, 'weather.ts');
    const { status, stderr } = draft(path, '--out', out, '--force');
    expect(status).toBe(0);
    oneLine(stderr);
    expect(stderr).toMatch(/no funding facts found; the draft has the sentences only/);
    const source = readFileSync(out, 'utf8');
    expect(source.match(/^\s+s\d+: cite\(/gm)).toHaveLength(2);
    expect(source).toMatch(/companies: \[\s*\]/);
    expect((await checkArticleFiles([out])).problems).toEqual([]);
    const json = draft(path, '--json');
    expect(JSON.parse(json.stdout)).toEqual({ companies: [], fundingRounds: [], models: [], competitors: [] });
  });
});
