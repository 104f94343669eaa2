import { compareDecimal } from '../money';
import type { Problem } from './authoring';
import type {
  ArticleData,
  ArticleRecord,
  CitationRecord,
  CompanyRecord,
  FundingRoundRecord,
  InvestmentRecord,
  ModelRecord,
  MoneyRecord,
  TrancheRecord,
} from './records';

/**
 * Merges what several articles say about the same slug or id into one record: citations, aliases,
 * industries and competitors add up; a fact stated differently by two articles (a company's name,
 * kind or headquarters, a round's amount, …) is a conflict naming both files, never a silent choice.
 */

export interface MergedData {
  readonly articles: readonly ArticleRecord[];
  readonly companies: readonly CompanyRecord[];
  readonly fundingRounds: readonly FundingRoundRecord[];
  readonly models: readonly ModelRecord[];
  /** Region slug → the passages that mention it, across articles. */
  readonly mentions: ReadonlyMap<string, readonly CitationRecord[]>;
  readonly problems: readonly Problem[];
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];
const show = (value: unknown) =>
  value && typeof value === 'object' ? `${(value as MoneyRecord).amount} ${(value as MoneyRecord).currency}` : JSON.stringify(value);
const sameMoney = (a: MoneyRecord, b: MoneyRecord) => a.currency === b.currency && compareDecimal(a.amount, b.amount) === 0;
const same = (a: unknown, b: unknown) =>
  a && b && typeof a === 'object' && typeof b === 'object' ? sameMoney(a as MoneyRecord, b as MoneyRecord) : a === b;

/** Records by key, each with the file that first stated it. */
type Known<T> = Map<string, { record: T; file: string }>;

/** Reports conflicts between two statements of one record as problems of the later file. */
class Merger {
  readonly problems: Problem[] = [];

  constructor(
    /** The later article's file. */
    readonly file: string,
    /** The record as merged so far, with the file that first stated it. */
    readonly first: { file: string },
    /** How problems name the record, e.g. "company mistral-ai". */
    readonly entity: string,
  ) {}

  /** The value both records agree on (one leaving it unstated, null, is agreeing); a conflict when they differ. */
  agree<T>(field: string, a: T, b: T, entity = this.entity): T {
    if (a == null) return b;
    if (b == null || same(a, b)) return a;
    this.problems.push({
      file: this.file,
      entity,
      message: `${field} ${show(b)} conflicts with ${show(a)} in ${this.first.file}; state the same ${field} as it does, or leave ${field} out if this article does not say`,
    });
    return a;
  }
}

/** A kind, or null when it is UNSPECIFIED: an article that does not say what kind agrees with any. */
const stated = <K extends string>(kind: K): K | null => (kind === 'UNSPECIFIED' ? null : kind);
const kindOf = <K extends string>(kind: K | null): K => kind ?? ('UNSPECIFIED' as K);

function mergeCompany(m: Merger, a: CompanyRecord, c: CompanyRecord): CompanyRecord {
  return {
    ...a,
    name: m.agree('name', a.name, c.name),
    kind: kindOf(m.agree('kind', stated(a.kind), stated(c.kind))),
    ...((a.kindNote ?? c.kindNote) ? { kindNote: a.kindNote ?? c.kindNote } : {}),
    // A description summarises its sources; the first article's stands.
    description: a.description ?? c.description,
    headquarters: m.agree('headquarters', a.headquarters, c.headquarters),
    aliases: union(a.aliases, c.aliases),
    industries: union(a.industries, c.industries),
    competitors: union(a.competitors, c.competitors),
    sources: [...a.sources, ...c.sources],
  };
}

function mergeInvestments(m: Merger, a: readonly InvestmentRecord[], b: readonly InvestmentRecord[]): InvestmentRecord[] {
  const byId = new Map(a.map((i) => [i.id, i] as const));
  for (const i of b) {
    const prior = byId.get(i.id);
    if (!prior) {
      byId.set(i.id, i);
      continue;
    }
    const entity = `investment ${i.id}`;
    const instrument =
      prior.instrument === 'UNSPECIFIED'
        ? i.instrument
        : i.instrument === 'UNSPECIFIED'
          ? prior.instrument
          : m.agree('instrument', prior.instrument, i.instrument, entity);
    byId.set(i.id, {
      ...prior,
      // An article that does not call an investor the lead does not say it was not.
      lead: prior.lead || i.lead,
      instrument,
      amount: m.agree('amount', prior.amount, i.amount, entity),
      sources: [...prior.sources, ...i.sources],
    });
  }
  return [...byId.values()];
}

/** Tranches of the same instrument and amount are one tranche: their investors and sources add up. */
function mergeTranches(a: readonly TrancheRecord[], b: readonly TrancheRecord[]): TrancheRecord[] {
  const merged = [...a];
  for (const t of b) {
    const k = merged.findIndex(
      (m) => m.instrument === t.instrument && (m.amount === t.amount || (m.amount && t.amount && sameMoney(m.amount, t.amount))),
    );
    if (k === -1) merged.push(t);
    else merged[k] = { ...merged[k]!, investors: union(merged[k]!.investors, t.investors), sources: [...merged[k]!.sources, ...t.sources] };
  }
  return merged;
}

function mergeRound(m: Merger, a: FundingRoundRecord, r: FundingRoundRecord): FundingRoundRecord {
  return {
    ...a,
    company: m.agree('company', a.company, r.company),
    type: m.agree('type', a.type, r.type),
    amount: m.agree('amount', a.amount, r.amount),
    valuation: m.agree('valuation', a.valuation, r.valuation),
    announcedOn: m.agree('announcedOn', a.announcedOn, r.announcedOn),
    tranches: mergeTranches(a.tranches, r.tranches),
    investments: mergeInvestments(m, a.investments, r.investments),
    sources: [...a.sources, ...r.sources],
  };
}

function mergeModel(m: Merger, a: ModelRecord, b: ModelRecord): ModelRecord {
  return {
    ...a,
    name: m.agree('name', a.name, b.name),
    kind: kindOf(m.agree('kind', stated(a.kind), stated(b.kind))),
    developer: m.agree('developer', a.developer, b.developer),
    license: m.agree('license', a.license, b.license),
    parameterCount: m.agree('parameterCount', a.parameterCount, b.parameterCount),
    description: a.description ?? b.description,
    sources: [...a.sources, ...b.sources],
  };
}

/** Adds `records` of `file` to `known`, merging each with the record of the same key; returns the conflicts. */
function mergeInto<T>(
  known: Known<T>,
  file: string,
  records: readonly T[],
  keyOf: (record: T) => string,
  what: string,
  merge: (m: Merger, a: T, b: T) => T,
): Problem[] {
  const problems: Problem[] = [];
  for (const record of records) {
    const key = keyOf(record);
    const prior = known.get(key);
    if (!prior) {
      known.set(key, { record, file });
      continue;
    }
    const merger = new Merger(file, prior, `${what} ${key}`);
    prior.record = merge(merger, prior.record, record);
    problems.push(...merger.problems);
  }
  return problems;
}

/** Merges every article's records; `problems` lists each conflict (empty when the articles agree). */
export function mergeArticles(sources: readonly ArticleData[]): MergedData {
  const problems: Problem[] = [];
  const articles: Known<ArticleRecord> = new Map();
  const companies: Known<CompanyRecord> = new Map();
  const rounds: Known<FundingRoundRecord> = new Map();
  const models: Known<ModelRecord> = new Map();
  const mentions = new Map<string, CitationRecord[]>();
  for (const data of sources) {
    const { file } = data;
    const priorArticle = articles.get(data.article.slug);
    if (priorArticle) problems.push({ file, entity: `article ${data.article.slug}`, message: `slug already used by ${priorArticle.file}` });
    else articles.set(data.article.slug, { record: data.article, file });
    problems.push(
      ...mergeInto(companies, file, data.companies, (c) => c.slug, 'company', mergeCompany),
      ...mergeInto(rounds, file, data.fundingRounds, (r) => r.id, 'round', mergeRound),
      ...mergeInto(models, file, data.models, (m) => m.slug, 'model', mergeModel),
    );
    for (const mention of data.regionMentions) mentions.set(mention.region, [...(mentions.get(mention.region) ?? []), ...mention.sources]);
  }
  const records = <T>(map: Known<T>) => [...map.values()].map((v) => v.record);
  return {
    articles: records(articles),
    companies: records(companies),
    fundingRounds: records(rounds),
    models: records(models),
    mentions,
    problems,
  };
}
