import type { CompanyKind, FundingType, Instrument, ModelKind, MoneyRecord } from './records';

/**
 * The records an article file states, field by field: what `defineArticle({ … })` takes. The
 * reference section of docs/adding-an-article.md is generated from these declarations and their
 * comments (`npm run docs:reference`).
 */

/** A passage to cite, by its exact words; `occurrence` (1-based) picks one when it appears more than once. */
export interface Quote {
  readonly quote: string;
  readonly occurrence?: number;
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
