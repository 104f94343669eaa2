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

/** A passage to cite, by its exact words; `occurrence` (1-based) picks one when it appears more than once. */
export interface Quote {
  readonly quote: string;
  readonly occurrence?: number;
}

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

/** What an article file states about a company; everything optional is what articles often leave unstated. */
export interface CompanyInput {
  readonly slug: string;
  readonly name: string;
  readonly kind: CompanyKind;
  /** Why this kind was chosen when the source does not say it outright. */
  readonly kindNote?: string;
  readonly aliases?: readonly string[];
  readonly description?: string;
  /** Region slug. */
  readonly headquarters?: string;
  /** Company slugs; the reverse edges are added by the store. */
  readonly competitors?: readonly string[];
  readonly industries?: readonly string[];
  readonly sources: readonly Quote[];
}

/** One investor's participation; `lead` and the instrument default to "not stated" (false, UNSPECIFIED). */
export interface InvestmentInput {
  readonly investor: string;
  readonly lead?: boolean;
  readonly instrument?: Instrument;
  readonly amount?: MoneyRecord;
  readonly sources: readonly Quote[];
}

/** A part of a round with its own instrument; each investor in it becomes an investment unless listed already. */
export interface TrancheInput {
  readonly instrument: Instrument;
  readonly amount?: MoneyRecord;
  readonly investors: readonly string[];
  readonly sources: readonly Quote[];
}

export interface FundingRoundInput {
  /** Stable key, e.g. "mistral-ai-eur-450m": the same id in another article restates the same round. */
  readonly id: string;
  /** Slug of the company that raised. */
  readonly company: string;
  readonly type?: FundingType;
  readonly amount?: MoneyRecord;
  readonly valuation?: MoneyRecord;
  /** ISO 8601 date. */
  readonly announcedOn?: string;
  /** The lead investors are the investments marked `lead`. */
  readonly investments?: readonly InvestmentInput[];
  readonly tranches?: readonly TrancheInput[];
  readonly sources: readonly Quote[];
}

export interface ModelInput {
  readonly slug: string;
  readonly name: string;
  readonly kind: ModelKind;
  readonly description?: string;
  /** Company slug. */
  readonly developer: string;
  /** SPDX id of a license in reference.ts. */
  readonly license?: string;
  /** Decimal string. */
  readonly parameterCount?: string;
  readonly sources: readonly Quote[];
}

export interface RegionMentionInput {
  readonly region: string;
  readonly sources: readonly Quote[];
}

/** An article file's default export. */
export interface ArticleSource {
  /** Repository path of this file, e.g. "src/data/articles/mistral-ai-450m.ts" (`npm run data:check` verifies it). */
  readonly file: string;
  readonly slug: string;
  readonly title?: string;
  readonly author?: string;
  /** ISO 8601 date. */
  readonly publishedOn?: string;
  readonly url?: string;
  readonly text: string;
  readonly companies?: readonly CompanyInput[];
  readonly fundingRounds?: readonly FundingRoundInput[];
  readonly models?: readonly ModelInput[];
  readonly regionMentions?: readonly RegionMentionInput[];
}

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

const short = (quote: string) => JSON.stringify(quote.length > 80 ? `${quote.slice(0, 77)}…` : quote);

/** Turns quotes into citations of `text`, each quote placed once; a quote that cannot be placed is a problem of `entity`. */
function quotePlacer(file: string, slug: string, text: string, problems: Problem[]) {
  const placed = new Map<string, CitationRecord | string>();
  const place = ({ quote, occurrence }: Quote): CitationRecord | string => {
    const found = quote ? occurrencesOf(text, quote) : [];
    if (found.length === 0) return `quote not found in the text: ${short(quote)}`;
    if (occurrence !== undefined && (occurrence < 1 || occurrence > found.length || !Number.isInteger(occurrence))) {
      return `occurrence ${occurrence} of a quote that occurs ${found.length} time(s): ${short(quote)}`;
    }
    if (occurrence === undefined && found.length > 1) {
      return `quote occurs ${found.length} times; pick one with cite(quote, { occurrence: n }): ${short(quote)}`;
    }
    const start = found[(occurrence ?? 1) - 1]!;
    return { article: slug, start, end: start + quote.length, quote };
  };
  return (entity: string, quotes: readonly Quote[]): CitationRecord[] => {
    const citations: CitationRecord[] = [];
    for (const q of quotes) {
      const key = `${q.occurrence ?? ''}|${q.quote}`;
      let result = placed.get(key);
      if (result === undefined) {
        result = place(q);
        placed.set(key, result);
      }
      if (typeof result === 'string') problems.push({ file, entity, message: result });
      else citations.push(result);
    }
    return citations;
  };
}

type Cites = ReturnType<typeof quotePlacer>;

function compileCompany(c: CompanyInput, cites: Cites): CompanyRecord {
  return {
    slug: c.slug,
    name: c.name,
    kind: c.kind,
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
    kind: m.kind,
    description: m.description ?? null,
    developer: m.developer,
    license: m.license ?? null,
    parameterCount: m.parameterCount ?? null,
    sources: cites(`model ${m.slug}`, m.sources),
  };
}

/** Compiles an article file: quotes become offsets, defaults are filled in, tranche investors become investments. */
export function compileArticle(source: ArticleSource): { data: ArticleData; problems: Problem[] } {
  const { file, slug, text } = source;
  const problems: Problem[] = [];
  const cites = quotePlacer(file, slug, text, problems);
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
  return { data: { file, article, companies, fundingRounds, models, regionMentions }, problems };
}

/** Compiles every article file; throws one error listing every quote problem, so a bad article never loads. */
export function compileArticles(sources: readonly ArticleSource[]): ArticleData[] {
  const compiled = sources.map(compileArticle);
  const problems = compiled.flatMap((c) => c.problems);
  if (problems.length > 0) throw new Error(`Article data has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  return compiled.map((c) => c.data);
}
