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
  /** Stable key, lower-case words joined by hyphens ("mistral-ai"); the same slug in another article is the same company. */
  readonly slug: string;
  /** The name the article uses. */
  readonly name: string;
  /** What sort of organisation it is (CompanyKind); leave it out when the article does not say: UNSPECIFIED. */
  readonly kind?: CompanyKind;
  /** Why this kind was chosen when the source does not say it outright. */
  readonly kindNote?: string;
  /** Other names the article uses for it ("Nvidia Corp"). */
  readonly aliases?: readonly string[];
  /** A one-line summary of what the article says about it. */
  readonly description?: string;
  /** Where it is headquartered, as a place: "Lisbon, PT", "Portugal", "PT" (see Places). */
  readonly headquarters?: string;
  /** Slugs of companies the article names as its competitors; competition is symmetric, so the other side need not say it. */
  readonly competitors?: readonly string[];
  /** Industries the article says its work reaches ("healthcare"). */
  readonly industries?: readonly string[];
  /** The sentences that state facts about it: cite('…') each. */
  readonly sources: readonly Quote[];
}

/** One investor's participation; `lead` and the instrument default to "not stated" (false, UNSPECIFIED). */
export interface InvestmentInput {
  /** Slug of the investing company, declared in this article's companies. */
  readonly investor: string;
  /** True when the article says this investor led the round; a round may have several leads. */
  readonly lead?: boolean;
  /** The instrument (Instrument) when the article states it. */
  readonly instrument?: Instrument;
  /** This investor's own amount, only when the article states it: money('5000000', 'EUR'). */
  readonly amount?: MoneyRecord;
  /** The sentences that state this participation. */
  readonly sources: readonly Quote[];
}

/** A part of a round with its own instrument; each investor in it becomes an investment unless listed already. */
export interface TrancheInput {
  /** The instrument of this part (Instrument). */
  readonly instrument: Instrument;
  /** What its investors put in together, when stated; never split per investor. */
  readonly amount?: MoneyRecord;
  /** Slugs of the companies that put money into this part. */
  readonly investors: readonly string[];
  /** The sentences that state this part. */
  readonly sources: readonly Quote[];
}

/** A round of funding a company raised. */
export interface FundingRoundInput {
  /** Stable key, e.g. "mistral-ai-eur-450m": the same id in another article restates the same round. */
  readonly id: string;
  /** Slug of the company that raised, declared in this article's companies. */
  readonly company: string;
  /** The round type the article names (FundingType); leave it out when it names none. */
  readonly type?: FundingType;
  /** The amount raised: money('450000000', 'EUR'); leave it out when undisclosed. */
  readonly amount?: MoneyRecord;
  /** The valuation the article states, in its own currency. */
  readonly valuation?: MoneyRecord;
  /** ISO 8601 date (YYYY-MM-DD) the article gives for the announcement; see Dates for "on Tuesday". */
  readonly announcedOn?: string;
  /** Each investor's participation; the lead investors are the investments marked `lead`. */
  readonly investments?: readonly InvestmentInput[];
  /** Parts of the round with their own instrument, e.g. convertible debt from two investors. */
  readonly tranches?: readonly TrancheInput[];
  /** The sentences that state the round. */
  readonly sources: readonly Quote[];
}

/** An AI model a company develops. */
export interface ModelInput {
  /** Stable key ("mistral-7b"). */
  readonly slug: string;
  /** The name the article uses. */
  readonly name: string;
  /** What sort of model it is (ModelKind); leave it out when the article does not say: UNSPECIFIED. */
  readonly kind?: ModelKind;
  /** A one-line summary of what the article says about it. */
  readonly description?: string;
  /** Slug of the company that develops it, declared in this article's companies. */
  readonly developer: string;
  /** SPDX id of its license ("Apache-2.0", "MIT", "CC-BY-NC-4.0"); any id spdx-license-list knows. */
  readonly license?: string;
  /** Number of parameters as a decimal string ("7000000000"), when stated. */
  readonly parameterCount?: string;
  /** The sentences that state facts about it. */
  readonly sources: readonly Quote[];
}

/** A place the article mentions, cited where it does. */
export interface RegionMentionInput {
  /** The place: "Lisbon, PT", "Portugal", "Europe" (see Places). */
  readonly region: string;
  /** The sentences that mention it. */
  readonly sources: readonly Quote[];
}

/** An article file's default export. */
export interface ArticleSource {
  /** Repository path of this file, e.g. "src/data/articles/mistral-ai-450m.ts" (`npm run data:check` verifies it). */
  readonly file: string;
  /** Stable key of the article, lower-case words joined by hyphens. */
  readonly slug: string;
  /** The headline, when the article has one. */
  readonly title?: string;
  /** The byline author. */
  readonly author?: string;
  /** ISO 8601 publication date (YYYY-MM-DD). */
  readonly publishedOn?: string;
  /** Where the article was published. */
  readonly url?: string;
  /** The full text, verbatim, written with prose`…`. */
  readonly text: string;
  /** Every company the article's facts name, including those other articles declare. */
  readonly companies?: readonly CompanyInput[];
  /** The rounds the article reports. */
  readonly fundingRounds?: readonly FundingRoundInput[];
  /** The AI models the article names. */
  readonly models?: readonly ModelInput[];
  /** The places the article mentions. */
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
