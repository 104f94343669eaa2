import type { COMPANY_KINDS, FUNDING_TYPES, INSTRUMENTS, MODEL_KINDS, REGION_KINDS } from './vocabularies';

/**
 * The shapes of the embedded data. An article file (src/data/articles/*.ts) is written with the
 * helpers of authoring.ts and compiled to one `ArticleData`; reference data (regions, licenses)
 * is resolved from reference packages for the places and licenses articles name
 * (src/data/reference/). Everything the GraphQL layer serves is built from these records by
 * src/data/sources/dataset.ts.
 */

export type CompanyKind = keyof typeof COMPANY_KINDS;
export type FundingType = keyof typeof FUNDING_TYPES;
export type Instrument = keyof typeof INSTRUMENTS;
export type ModelKind = keyof typeof MODEL_KINDS;
export type RegionKind = keyof typeof REGION_KINDS;

/** A verbatim passage: `quote === article.text.slice(start, end)` (UTF-16 offsets). */
export interface CitationRecord {
  readonly article: string;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** An exact amount in major units, as a decimal string, with its ISO 4217 currency. */
export interface MoneyRecord {
  readonly amount: string;
  readonly currency: string;
}

export interface ArticleRecord {
  readonly slug: string;
  readonly title: string | null;
  readonly author: string | null;
  /** ISO 8601 date, or null where the article carries none. */
  readonly publishedOn: string | null;
  readonly url: string | null;
  readonly text: string;
}

export interface CompanyRecord {
  readonly slug: string;
  readonly name: string;
  readonly kind: CompanyKind;
  /** Why this kind was chosen when the source does not say it outright. */
  readonly kindNote?: string;
  /** Other names; common-knowledge aliases (e.g. "a16z") are reference data, not cited. */
  readonly aliases: readonly string[];
  readonly description: string | null;
  /** Region slug, or null where no source states it. */
  readonly headquarters: string | null;
  /** Company slugs. Competition is symmetric: the index adds the reverse edges. */
  readonly competitors: readonly string[];
  /** Industries the source says the company's impact extends to. */
  readonly industries: readonly string[];
  readonly sources: readonly CitationRecord[];
}

export interface TrancheRecord {
  readonly instrument: Instrument;
  /** What the investors put in together; never split per investor. */
  readonly amount: MoneyRecord | null;
  /** Company slugs. */
  readonly investors: readonly string[];
  readonly sources: readonly CitationRecord[];
}

export interface InvestmentRecord {
  /** Global key: the same id in two articles is the same record, merged (src/data/sources/merge.ts). */
  readonly id: string;
  readonly investor: string;
  readonly lead: boolean;
  readonly instrument: Instrument;
  /** This investor's own amount; null unless a source states it. */
  readonly amount: MoneyRecord | null;
  readonly sources: readonly CitationRecord[];
}

export interface FundingRoundRecord {
  /** Global key: the same id in two articles is the same record, merged (src/data/sources/merge.ts). */
  readonly id: string;
  /** Company slug of the company that raised. */
  readonly company: string;
  readonly type: FundingType | null;
  readonly amount: MoneyRecord | null;
  readonly valuation: MoneyRecord | null;
  /** ISO 8601 date, or null where no source states it. */
  readonly announcedOn: string | null;
  readonly tranches: readonly TrancheRecord[];
  readonly investments: readonly InvestmentRecord[];
  readonly sources: readonly CitationRecord[];
}

export interface ModelRecord {
  readonly slug: string;
  readonly name: string;
  readonly kind: ModelKind;
  readonly description: string | null;
  /** Company slug. */
  readonly developer: string;
  /** SPDX id of a license in reference.ts, or null where not stated. */
  readonly license: string | null;
  /** Decimal string, or null where no source states it. */
  readonly parameterCount: string | null;
  readonly sources: readonly CitationRecord[];
}

/** Where an article mentions a reference region. */
export interface RegionMentionRecord {
  readonly region: string;
  readonly sources: readonly CitationRecord[];
}

/**
 * Everything one article contributes, as src/data/sources/authoring.ts compiles it from an article file.
 * A round's lead investors are not stored: they are the investments marked `lead`.
 */
export interface ArticleData {
  /** Repository path of the article file, named in load errors and by `npm run data:check`. */
  readonly file: string;
  readonly article: ArticleRecord;
  readonly companies: readonly CompanyRecord[];
  readonly fundingRounds: readonly FundingRoundRecord[];
  readonly models: readonly ModelRecord[];
  readonly regionMentions: readonly RegionMentionRecord[];
}

/** Common reference data (ISO 3166, SPDX): not from an article, so never cited. */
export interface RegionRecord {
  readonly slug: string;
  readonly name: string;
  readonly kind: RegionKind;
  readonly isoCode: string | null;
  /** Region slug of the enclosing region. */
  readonly parent: string | null;
  readonly aliases: readonly string[];
}

export interface LicenseRecord {
  readonly spdxId: string;
  readonly name: string;
  readonly openSource: boolean;
}
