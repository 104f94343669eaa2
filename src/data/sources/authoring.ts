import type { ArticleSource, CompanyInput, FundingRoundInput, ModelInput, Quote } from './article-file';
import { explainMissingQuote } from './quote-diff';
import type {
  ArticleData,
  CitationRecord,
  CompanyKind,
  CompanyRecord,
  FundingRoundRecord,
  FundingType,
  Instrument,
  InvestmentRecord,
  ModelKind,
  ModelRecord,
  MoneyRecord,
  RegionMentionRecord,
  TrancheRecord,
} from './records';

/**
 * How article files are written: citations as quotes (offsets are found, never typed), the text as
 * readable prose, and records that state only what the article says; `compileArticle` turns one
 * into the `ArticleData` the store is built from, reporting every quote it cannot place.
 */

/** Cites a passage by quoting it verbatim; its offsets are found in the article's text. */
export const cite = (quote: string, options: { occurrence?: number } = {}): Quote => ({ quote, ...options });

/** An exact amount (decimal string, major units) in an ISO 4217 currency: `money('450000000', 'EUR')`. */
export const money = (amount: string, currency: string): MoneyRecord => ({ amount, currency });

/**
 * An article's text written readably: paragraphs separated by a blank line, and each paragraph's
 * lines (one sentence per line, say) joined with single spaces. Indentation is ignored.
 */
export function prose(strings: TemplateStringsArray): string {
  if (strings.length !== 1) throw new Error('prose`…` takes plain text, without ${} substitutions.');
  return strings[0]!
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join(' '),
    )
    .filter(Boolean)
    .join('\n\n');
}

export type {
  ArticleSource,
  CompanyInput,
  FundingRoundInput,
  InvestmentInput,
  ModelInput,
  Quote,
  RegionMentionInput,
  TrancheInput,
} from './article-file';

/** Declares an article file's data; typing only, `compileArticle` does the work. */
export const defineArticle = (source: ArticleSource): ArticleSource => source;

/** A data problem, printed as `file: entity: message`. */
export interface Problem {
  readonly file: string;
  /** E.g. "company mistral-ai", "round mistral-ai-eur-450m". */
  readonly entity: string;
  readonly message: string;
}

/** One problem per line, as `npm run data:check` prints them. */
export const formatProblems = (problems: readonly Problem[]): string =>
  problems.map((p) => `${p.file}: ${p.entity}: ${p.message}`).join('\n');

/** Every start offset of `quote` in `text`. */
function occurrencesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

const short = (quote: string) => JSON.stringify(quote.length > 120 ? `${quote.slice(0, 117)}…` : quote);

/**
 * Turns quotes into citations of `text`, each quote placed once; a quote that cannot be placed is
 * one problem, however many facts cite it, naming the first and counting the others.
 */
function quotePlacer(file: string, slug: string, text: string, problems: Problem[], misquoted: Set<string>) {
  const placed = new Map<string, CitationRecord | Problem>();
  const place = ({ quote, occurrence }: Quote): CitationRecord | string => {
    const found = quote ? occurrencesOf(text, quote) : [];
    if (found.length === 0) return `quote not found in the text: ${short(quote)}: ${explainMissingQuote(text, quote)}`;
    if (occurrence !== undefined && (occurrence < 1 || occurrence > found.length || !Number.isInteger(occurrence))) {
      return `occurrence ${occurrence} of a quote that occurs ${found.length} time(s): ${short(quote)}; use an occurrence from 1 to ${found.length}`;
    }
    if (occurrence === undefined && found.length > 1) {
      return `quote occurs ${found.length} times; pick one with cite(quote, { occurrence: n }) or quote more of its sentence: ${short(quote)}`;
    }
    const start = found[(occurrence ?? 1) - 1]!;
    return { article: slug, start, end: start + quote.length, quote };
  };
  const uses = new Map<Problem, number>();
  return (entity: string, quotes: readonly Quote[]): CitationRecord[] => {
    const citations: CitationRecord[] = [];
    const here = new Set<string>();
    for (const q of quotes) {
      const key = `${q.occurrence ?? ''}|${q.quote}`;
      if (here.has(key)) {
        problems.push({ file, entity, message: `cites the same passage twice; remove one: ${short(q.quote)}` });
        continue;
      }
      here.add(key);
      let result = placed.get(key);
      if (result === undefined) {
        const placedOrWhy = place(q);
        result = typeof placedOrWhy === 'string' ? { file, entity, message: placedOrWhy } : placedOrWhy;
        if ('message' in result) {
          problems.push(result);
          uses.set(result, 1);
        }
        placed.set(key, result);
      } else if ('message' in result) {
        // The same bad quote cited by another fact: counted on its one problem line.
        const n = uses.get(result)! + 1;
        uses.set(result, n);
        const base = result.message.replace(/ \(cited by \d+ facts\)$/, '');
        (result as { message: string }).message = `${base} (cited by ${n} facts)`;
      }
      if ('message' in result) {
        misquoted.add(entity);
      } else citations.push(result);
    }
    return citations;
  };
}

type Cites = ReturnType<typeof quotePlacer>;

function compileCompany(c: CompanyInput, cites: Cites): CompanyRecord {
  return {
    slug: c.slug,
    name: c.name,
    kind: c.kind ?? 'UNSPECIFIED',
    ...(c.kindNote ? { kindNote: c.kindNote } : {}),
    aliases: c.aliases ?? [],
    description: c.description ?? null,
    headquarters: c.headquarters ?? null,
    competitors: c.competitors ?? [],
    industries: c.industries ?? [],
    sources: cites(`company ${c.slug}`, c.sources),
  };
}

function compileRound(r: FundingRoundInput, cites: Cites): FundingRoundRecord {
  const investments: InvestmentRecord[] = (r.investments ?? []).map((i) => ({
    id: `${r.id}/${i.investor}`,
    investor: i.investor,
    lead: i.lead ?? false,
    instrument: i.instrument ?? 'UNSPECIFIED',
    amount: i.amount ?? null,
    sources: cites(`investment ${r.id}/${i.investor}`, i.sources),
  }));
  const tranches: TrancheRecord[] = (r.tranches ?? []).map((t, n) => ({
    instrument: t.instrument,
    amount: t.amount ?? null,
    investors: t.investors,
    sources: cites(`round ${r.id} tranche ${n + 1}`, t.sources),
  }));
  // A tranche's investors took part in the round with its instrument: one investment each.
  for (const t of tranches) {
    for (const investor of t.investors) {
      if (investments.some((i) => i.investor === investor)) continue;
      investments.push({ id: `${r.id}/${investor}`, investor, lead: false, instrument: t.instrument, amount: null, sources: t.sources });
    }
  }
  return {
    id: r.id,
    company: r.company,
    type: r.type ?? null,
    amount: r.amount ?? null,
    valuation: r.valuation ?? null,
    announcedOn: r.announcedOn ?? null,
    tranches,
    investments,
    sources: cites(`round ${r.id}`, r.sources),
  };
}

function compileModel(m: ModelInput, cites: Cites): ModelRecord {
  return {
    slug: m.slug,
    name: m.name,
    kind: m.kind ?? 'UNSPECIFIED',
    description: m.description ?? null,
    developer: m.developer,
    license: m.license ?? null,
    parameterCount: m.parameterCount ?? null,
    sources: cites(`model ${m.slug}`, m.sources),
  };
}

/** Compiles an article file: quotes become offsets, defaults are filled in, tranche investors become investments. */
export function compileArticle(source: ArticleSource): { data: ArticleData; problems: Problem[]; misquoted: ReadonlySet<string> } {
  const { file, slug, text } = source;
  const problems: Problem[] = [];
  const misquoted = new Set<string>();
  const cites = quotePlacer(file, slug, text, problems, misquoted);
  const companies = (source.companies ?? []).map((c) => compileCompany(c, cites));
  const fundingRounds = (source.fundingRounds ?? []).map((r) => compileRound(r, cites));
  const models = (source.models ?? []).map((m) => compileModel(m, cites));
  const regionMentions: RegionMentionRecord[] = (source.regionMentions ?? []).map((m) => ({
    region: m.region,
    sources: cites(`region mention ${m.region}`, m.sources),
  }));
  const article = {
    slug,
    title: source.title ?? null,
    author: source.author ?? null,
    publishedOn: source.publishedOn ?? null,
    url: source.url ?? null,
    text,
  };
  return { data: { file, article, companies, fundingRounds, models, regionMentions }, problems, misquoted };
}

/** Compiles every article file; throws one error listing every quote problem, so a bad article never loads. */
export function compileArticles(sources: readonly ArticleSource[]): ArticleData[] {
  const compiled = sources.map(compileArticle);
  const problems = compiled.flatMap((c) => c.problems);
  if (problems.length > 0) throw new Error(`Article data has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  return compiled.map((c) => c.data);
}
