import type {
  ArticleRecord,
  CitationRecord,
  CompanyRecord,
  FundingRoundRecord,
  FundingType,
  Instrument,
  InvestmentRecord,
  LicenseRecord,
  ModelKind,
  ModelRecord,
  MoneyRecord,
  RegionRecord,
} from './sources/records';
import type { NodeTypename } from './typenames';

/**
 * The entities the store serves, built from the article records (src/data/sources/records.ts)
 * by `buildDataset` (src/data/sources/dataset.ts), and the filters and orders its getters take.
 */

export interface Company extends Omit<CompanyRecord, 'sources' | 'competitors'> {
  readonly sources: readonly CitationRecord[];
  /** Company slugs of its competitors either way round, by name. */
  readonly competitors: readonly string[];
}
export interface FundingRound extends Omit<FundingRoundRecord, 'investments'> {
  /** The source gives rounds no name: "Mistral AI · €450 million". */
  readonly label: string;
  /** Company slugs of the investments marked `lead`, in their order. */
  readonly leadInvestors: readonly string[];
}
export interface Investment extends InvestmentRecord {
  /** Id of the round this participation belongs to. */
  readonly round: string;
}
export type AIModel = ModelRecord;
export type Article = ArticleRecord;
export type License = LicenseRecord;
export interface Region extends RegionRecord {
  /** Where articles mention this region; empty for regions known only from reference data. */
  readonly sources: readonly CitationRecord[];
}

/** A passage of an article and the fact it supports: the object and the field of it that lists the passage. */
export interface ArticleCitation extends CitationRecord {
  /** The object whose field lists the passage, by GraphQL type name and internal id. */
  readonly subject: { readonly typename: NodeTypename; readonly id: string };
  /** That field: "sources", or "tranches.<n>.sources" for the n-th tranche of a round (from 0). */
  readonly field: string;
}

/** What a dataset holds, counted, and its version. */
export interface DatasetSummary {
  /** The dataset version ETags and /health report. */
  readonly version: string;
  readonly articleCount: number;
  readonly companyCount: number;
  readonly fundingRoundCount: number;
  readonly investmentCount: number;
  readonly modelCount: number;
  readonly regionCount: number;
  readonly licenseCount: number;
  /** Every article's citations: the sum of each `Article.citations` total. */
  readonly citationCount: number;
}

export type Entity = Company | FundingRound | Investment | AIModel | Region | Article;
/** The entities `search` can return. */
export type SearchableEntity = Exclude<Entity, Investment>;

/** A company that shares rounds with another as an investor. */
export interface CoInvestor {
  readonly company: Company;
  /** The rounds both invested in, by label. */
  readonly sharedRounds: readonly FundingRound[];
}

/** Totals over a set of rounds; amounts grouped by currency, never converted. */
export interface FundingSummary {
  readonly roundCount: number;
  readonly companyCount: number;
  readonly investorCount: number;
  readonly totals: readonly MoneyRecord[];
}

/** Conditions on companies; every given one must hold. */
export interface CompanyFilter {
  readonly kind?: CompanyRecord['kind'] | null;
  /** Region slug: companies headquartered in that region or inside it. */
  readonly region?: string | null;
}

/** Inclusive bounds on an ISO 8601 date (YYYY-MM-DD); an absent bound is open. */
export interface DateRange {
  readonly from?: string | null;
  readonly to?: string | null;
}

/**
 * Conditions on rounds; every given one must hold. Slugs that match nothing give an empty list
 * (the API refuses unknown slugs before it asks the store). A round whose type, date, amount or
 * valuation no source states never matches a condition on it.
 */
export interface RoundFilter {
  readonly company?: string | null;
  readonly investor?: string | null;
  readonly region?: string | null;
  readonly leadInvestor?: string | null;
  readonly instrument?: Instrument | null;
  readonly currency?: string | null;
  /** A non-negative decimal string: the round's stated amount is at least this, in its own currency. */
  readonly minAmount?: string | null;
  /** The round's type is one of these. */
  readonly types?: readonly FundingType[] | null;
  /** The round was announced within these bounds. */
  readonly announcedOn?: DateRange | null;
  /** The round's stated valuation is in this ISO 4217 currency. */
  readonly valuationCurrency?: string | null;
  /** A non-negative decimal string: the round's stated valuation is at least this, in its own currency. */
  readonly minValuation?: string | null;
}

/** Conditions on AI models; every given one must hold. A model with no stated license matches no license condition. */
export interface ModelFilter {
  readonly kind?: ModelKind | null;
  /** SPDX id of the model's license. */
  readonly license?: string | null;
  /** The model's license is OSI-approved (true) or stated and not OSI-approved (false). */
  readonly openSource?: boolean | null;
}

export interface RoundOrder {
  readonly field: 'AMOUNT' | 'ANNOUNCED_ON' | 'LABEL';
  readonly direction: 'ASC' | 'DESC';
}

/** The reference data a dataset is built with (src/data/sources/served-reference.ts for the served one). */
export interface ReferenceData {
  readonly regions: readonly RegionRecord[];
  readonly licenses: readonly LicenseRecord[];
  /** Each place as article files write it ("Lisbon, PT") → its region's slug; a region's own slug needs no entry. */
  readonly places?: Readonly<Record<string, string>>;
}
