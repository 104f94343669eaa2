import type { Problem } from './authoring';
import { compareDecimal } from './money';
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
} from './types';

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

/** Merges every article's records; `problems` lists each conflict (empty when the articles agree). */
export function mergeArticles(sources: readonly ArticleData[]): MergedData {
  const problems: Problem[] = [];
  const articles = new Map<string, { record: ArticleRecord; file: string }>();
  const companies = new Map<string, { record: CompanyRecord; file: string }>();
  const rounds = new Map<string, { record: FundingRoundRecord; file: string }>();
  const models = new Map<string, { record: ModelRecord; file: string }>();
  const mentions = new Map<string, CitationRecord[]>();

  /** The value both records agree on (one leaving it unstated, null, is agreeing); a conflict when they differ. */
  function agree<T>(file: string, entity: string, field: string, first: { file: string }, a: T, b: T): T {
    if (a == null) return b;
    if (b == null || same(a, b)) return a;
    problems.push({ file, entity, message: `${field} ${show(b)} conflicts with ${show(a)} in ${first.file}` });
    return a;
  }

  function mergeInvestments(file: string, first: { file: string }, a: readonly InvestmentRecord[], b: readonly InvestmentRecord[]) {
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
            : agree(file, entity, 'instrument', first, prior.instrument, i.instrument);
      byId.set(i.id, {
        ...prior,
        // An article that does not call an investor the lead does not say it was not.
        lead: prior.lead || i.lead,
        instrument,
        amount: agree(file, entity, 'amount', first, prior.amount, i.amount),
        sources: [...prior.sources, ...i.sources],
      });
    }
    return [...byId.values()];
  }

  function mergeTranches(a: readonly TrancheRecord[], b: readonly TrancheRecord[]) {
    const merged = [...a];
    for (const t of b) {
      const k = merged.findIndex(
        (m) => m.instrument === t.instrument && (m.amount === t.amount || (m.amount && t.amount && sameMoney(m.amount, t.amount))),
      );
      if (k === -1) merged.push(t);
      else
        merged[k] = { ...merged[k]!, investors: union(merged[k]!.investors, t.investors), sources: [...merged[k]!.sources, ...t.sources] };
    }
    return merged;
  }

  for (const data of sources) {
    const { file } = data;
    const priorArticle = articles.get(data.article.slug);
    if (priorArticle) problems.push({ file, entity: `article ${data.article.slug}`, message: `slug already used by ${priorArticle.file}` });
    else articles.set(data.article.slug, { record: data.article, file });

    for (const c of data.companies) {
      const prior = companies.get(c.slug);
      if (!prior) {
        companies.set(c.slug, { record: c, file });
        continue;
      }
      const entity = `company ${c.slug}`;
      const a = prior.record;
      prior.record = {
        ...a,
        name: agree(file, entity, 'name', prior, a.name, c.name),
        kind: agree(file, entity, 'kind', prior, a.kind, c.kind),
        ...((a.kindNote ?? c.kindNote) ? { kindNote: a.kindNote ?? c.kindNote } : {}),
        // A description summarises its sources; the first article's stands.
        description: a.description ?? c.description,
        headquarters: agree(file, entity, 'headquarters', prior, a.headquarters, c.headquarters),
        aliases: union(a.aliases, c.aliases),
        industries: union(a.industries, c.industries),
        competitors: union(a.competitors, c.competitors),
        sources: [...a.sources, ...c.sources],
      };
    }

    for (const r of data.fundingRounds) {
      const prior = rounds.get(r.id);
      if (!prior) {
        rounds.set(r.id, { record: r, file });
        continue;
      }
      const entity = `round ${r.id}`;
      const a = prior.record;
      prior.record = {
        ...a,
        company: agree(file, entity, 'company', prior, a.company, r.company),
        type: agree(file, entity, 'type', prior, a.type, r.type),
        amount: agree(file, entity, 'amount', prior, a.amount, r.amount),
        valuation: agree(file, entity, 'valuation', prior, a.valuation, r.valuation),
        announcedOn: agree(file, entity, 'announcedOn', prior, a.announcedOn, r.announcedOn),
        tranches: mergeTranches(a.tranches, r.tranches),
        investments: mergeInvestments(file, prior, a.investments, r.investments),
        sources: [...a.sources, ...r.sources],
      };
    }

    for (const m of data.models) {
      const prior = models.get(m.slug);
      if (!prior) {
        models.set(m.slug, { record: m, file });
        continue;
      }
      const entity = `model ${m.slug}`;
      const a = prior.record;
      prior.record = {
        ...a,
        name: agree(file, entity, 'name', prior, a.name, m.name),
        kind: agree(file, entity, 'kind', prior, a.kind, m.kind),
        developer: agree(file, entity, 'developer', prior, a.developer, m.developer),
        license: agree(file, entity, 'license', prior, a.license, m.license),
        parameterCount: agree(file, entity, 'parameterCount', prior, a.parameterCount, m.parameterCount),
        description: a.description ?? m.description,
        sources: [...a.sources, ...m.sources],
      };
    }

    for (const mention of data.regionMentions) mentions.set(mention.region, [...(mentions.get(mention.region) ?? []), ...mention.sources]);
  }

  const records = <T>(map: Map<string, { record: T }>) => [...map.values()].map((v) => v.record);
  return {
    articles: records(articles),
    companies: records(companies),
    fundingRounds: records(rounds),
    models: records(models),
    mentions,
    problems,
  };
}
