/**
 * `npm run article:draft -- FILE.txt [--out PATH] [--json] [--slug S] [--title T] [--url U]
 * [--published-on YYYY-MM-DD] [--force]`: drafts an article file (or, with --json, the drafted
 * facts) from a funding-news article in plain text. Exit codes are listed in input.ts (EXIT) and
 * docs/adding-an-article.md; every failure is one line on stderr, never a stack trace. Run
 * through cli.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { slugify } from './article-file';
import { listInIndex } from './article-index';
import { ARTICLES_DIR, ARTICLES_INDEX } from './dataset';
import { draftArticle } from './draft';
import { DraftError, decodeArticle, EXIT } from './input';
import { toJson } from './json';
import { draftedFile, ROOT } from './write';

const USAGE =
  'usage: npm run article:draft -- FILE.txt [--out PATH] [--json] [--slug S] [--title T] [--url U] [--published-on YYYY-MM-DD] [--force]';

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean' },
        slug: { type: 'string' },
        title: { type: 'string' },
        url: { type: 'string' },
        'published-on': { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new DraftError(`article:draft: ${(error as Error).message}\n${USAGE}`, EXIT.USAGE);
  }
}

/** Formats a written file the way the repository's linter wants it (best effort). */
function format(files: string[]) {
  spawnSync(resolve(ROOT, 'node_modules/.bin/biome'), ['check', '--write', ...files], { cwd: ROOT, stdio: 'ignore' });
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    console.log(USAGE);
    return EXIT.OK;
  }
  if (positionals.length !== 1) throw new DraftError(`article:draft: give exactly one article file\n${USAGE}`, EXIT.USAGE);
  const publishedOn = values['published-on'];
  if (publishedOn !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(publishedOn) || Number.isNaN(Date.parse(`${publishedOn}T00:00:00Z`)))) {
    throw new DraftError(`article:draft: --published-on ${JSON.stringify(publishedOn)} is not a date (YYYY-MM-DD)`, EXIT.USAGE);
  }
  if (values.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.slug)) {
    throw new DraftError(`article:draft: --slug ${JSON.stringify(values.slug)} must be lower-case words joined by hyphens`, EXIT.USAGE);
  }
  // npm runs scripts from the repository root; paths on the command line are the caller's.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const input = resolve(cwd, positionals[0]!);
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    throw new DraftError(`${positionals[0]}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.BAD_INPUT);
  }
  const shown = relative(cwd, input) || input;
  const text = decodeArticle(bytes, shown);
  const draft = draftArticle(text, publishedOn ? { publishedOn } : {});
  const facts = draft.fundingRounds.length + draft.models.length + draft.competitors.length + draft.companies.length;

  if (values.json) {
    process.stdout.write(`${JSON.stringify(toJson(draft), null, 2)}\n`);
    if (facts === 0) console.error(`${shown}: no funding facts found`);
    return EXIT.OK;
  }

  const headline = draft.article.sentences[0]?.headline ? draft.article.sentences[0].text : undefined;
  const title = values.title ?? headline;
  const slug = values.slug ?? slugify((title ?? draft.article.sentences[0]?.text ?? 'article').split(' ').slice(0, 6).join(' '));
  const out = values.out ? resolve(cwd, values.out) : resolve(ROOT, ARTICLES_DIR, `${slug}.ts`);
  if (existsSync(out) && !values.force) throw new DraftError(`${relative(cwd, out)}: exists; give --force to overwrite it`, EXIT.EXISTS);
  const { file, source } = await draftedFile(draft, {
    out,
    slug,
    input: relative(ROOT, input),
    ...(title ? { title } : {}),
    ...(values.url ? { url: values.url } : {}),
    ...(publishedOn ? { publishedOn } : {}),
  });
  try {
    writeFileSync(out, source);
  } catch (error) {
    throw new DraftError(`${relative(cwd, out)}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.FAILED);
  }
  const listed = dirname(out) === resolve(ROOT, ARTICLES_DIR);
  if (listed) listInIndex(resolve(ROOT, ARTICLES_INDEX), out);
  format(listed ? [out, resolve(ROOT, ARTICLES_INDEX)] : [out]);
  const counts = `${draft.companies.length} companies, ${draft.fundingRounds.length} rounds, ${draft.models.length} models, ${draft.competitors.length} competitor pairs`;
  console.log(
    `article:draft: wrote ${file} (${draft.article.sentences.length} sentences; ${counts})${listed ? `, listed in ${ARTICLES_INDEX}` : ''}`,
  );
  if (facts === 0) console.error(`${shown}: no funding facts found; the draft has the sentences only`);
  console.log(`Review every fact and every // comment, then: npm run data:check${listed ? '' : ` -- ${file}`} && npm test`);
  return EXIT.OK;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof DraftError) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else {
    console.error(`article:draft: failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = EXIT.FAILED;
  }
}
