import { type ArticleSource, compileArticle, type Problem } from './authoring';
import { mergeArticles } from './merge';
import type { ArticleData, CitationRecord, FundingRoundRecord, LicenseRecord, MoneyRecord, RegionRecord } from './records';
import { currencies } from './reference';

/**
 * What `npm run data:check` checks, over every article at once: quotes that are missing or
 * ambiguous, slug references that resolve to nothing, facts two articles state differently, and
 * the facts every record must state.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;
const isDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Collects the problems of one article file; each check adds one when its condition fails. */
function factChecker(file: string) {
  const problems: Problem[] = [];
  const need = (ok: unknown, entity: string, message: string) => {
    if (!ok) problems.push({ file, entity, message });
  };
  return {
    problems,
    need,
    cited: (sources: readonly CitationRecord[], entity: string) => need(sources.length > 0, entity, 'cites no passage (sources is empty)'),
    money: (m: MoneyRecord | null, entity: string, field: string) => {
      if (!m) return;
      need(DECIMAL.test(m.amount), entity, `${field} ${JSON.stringify(m.amount)} is not a non-negative decimal string such as "450000000"`);
      need(currencies.has(m.currency), entity, `${field} currency ${JSON.stringify(m.currency)} is not an ISO 4217 code such as "EUR"`);
    },
    date: (value: string | null, entity: string, field: string) =>
      need(value === null || isDate(value), entity, `${field} ${JSON.stringify(value)} is not an ISO 8601 date (YYYY-MM-DD)`),
    slug: (slug: string, entity: string, what = 'slug') =>
      need(SLUG.test(slug), entity, `${what} must be lower-case words joined by hyphens`),
    unique: (kind: string, keys: readonly string[]) => {
      const seen = new Set<string>();
      for (const key of keys) {
        need(!seen.has(key), `${kind} ${key}`, 'listed twice in this article');
        seen.add(key);
      }
    },
  };
}

type FactChecker = ReturnType<typeof factChecker>;

function roundFacts(c: FactChecker, r: FundingRoundRecord): void {
  const entity = `round ${r.id}`;
  c.slug(r.id, entity, 'id');
  c.cited(r.sources, entity);
  c.money(r.amount, entity, 'amount');
  c.money(r.valuation, entity, 'valuation');
  c.date(r.announcedOn, entity, 'announcedOn');
  c.unique(
    'investment',
    r.investments.map((i) => i.id),
  );
  for (const i of r.investments) {
    c.cited(i.sources, `investment ${i.id}`);
    c.money(i.amount, `investment ${i.id}`, 'amount');
  }
  r.tranches.forEach((t, n) => {
    const where = `round ${r.id} tranche ${n + 1}`;
    c.cited(t.sources, where);
    c.need(t.investors.length > 0, where, 'names no investor');
    c.money(t.amount, where, 'amount');
  });
}

/** The facts each record of one compiled article must state. */
function requiredFacts(data: ArticleData): Problem[] {
  const c = factChecker(data.file);
  const a = data.article;
  c.slug(a.slug, `article ${a.slug}`);
  c.need(a.text.trim().length > 0, `article ${a.slug}`, 'text is empty');
  c.date(a.publishedOn, `article ${a.slug}`, 'publishedOn');
  c.unique(
    'company',
    data.companies.map((x) => x.slug),
  );
  for (const company of data.companies) {
    const entity = `company ${company.slug}`;
    c.slug(company.slug, entity);
    c.need(company.name.trim(), entity, 'name is empty');
    c.cited(company.sources, entity);
  }
  c.unique(
    'round',
    data.fundingRounds.map((r) => r.id),
  );
  for (const r of data.fundingRounds) roundFacts(c, r);
  c.unique(
    'model',
    data.models.map((m) => m.slug),
  );
  for (const m of data.models) {
    const entity = `model ${m.slug}`;
    c.slug(m.slug, entity);
    c.need(m.name.trim(), entity, 'name is empty');
    c.need(
      m.parameterCount === null || DECIMAL.test(m.parameterCount),
      entity,
      `parameterCount ${JSON.stringify(m.parameterCount)} is not a decimal string`,
    );
    c.cited(m.sources, entity);
  }
  for (const m of data.regionMentions) c.cited(m.sources, `region mention ${m.region}`);
  return c.problems;
}

/** Slug references that resolve to nothing, given every company across the articles. */
function references(
  data: ArticleData,
  companies: ReadonlySet<string>,
  regions: ReadonlySet<string>,
  licenses: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  const check = (set: ReadonlySet<string>, slug: string | null, entity: string, field: string, what: string) => {
    if (slug !== null && !set.has(slug))
      problems.push({ file: data.file, entity, message: `${field} ${JSON.stringify(slug)} is not a known ${what}` });
  };
  for (const c of data.companies) {
    check(regions, c.headquarters, `company ${c.slug}`, 'headquarters', 'region (src/data/sources/reference.ts)');
    for (const other of c.competitors) check(companies, other, `company ${c.slug}`, 'competitor', 'company slug');
  }
  for (const r of data.fundingRounds) {
    check(companies, r.company, `round ${r.id}`, 'company', 'company slug');
    for (const i of r.investments) check(companies, i.investor, `investment ${i.id}`, 'investor', 'company slug');
    r.tranches.forEach((t, n) => {
      for (const s of t.investors) check(companies, s, `round ${r.id} tranche ${n + 1}`, 'investor', 'company slug');
    });
  }
  for (const m of data.models) {
    check(companies, m.developer, `model ${m.slug}`, 'developer', 'company slug');
    check(licenses, m.license, `model ${m.slug}`, 'license', 'SPDX id (src/data/sources/reference.ts)');
  }
  for (const m of data.regionMentions)
    check(regions, m.region, `region mention ${m.region}`, 'region', 'region (src/data/sources/reference.ts)');
  return problems;
}

/** Every problem in a set of articles, checked together (so conflicts and references across them count). */
export function checkArticles(
  sources: readonly ArticleSource[],
  reference: { readonly regions: readonly RegionRecord[]; readonly licenses: readonly LicenseRecord[] },
): Problem[] {
  const compiled = sources.map(compileArticle);
  const all = compiled.map((c) => c.data);
  const merged = mergeArticles(all);
  const companies = new Set(merged.companies.map((c) => c.slug));
  const regions = new Set(reference.regions.map((r) => r.slug));
  const licenses = new Set(reference.licenses.map((l) => l.spdxId));
  const quoteProblems = compiled.flatMap((c) => c.problems);
  // An entity whose quotes could not be placed has no citations: that problem is already reported.
  const misquoted = new Set(quoteProblems.map((p) => `${p.file}|${p.entity}`));
  return [
    ...quoteProblems,
    ...all.flatMap(requiredFacts).filter((p) => !(p.message.startsWith('cites no passage') && misquoted.has(`${p.file}|${p.entity}`))),
    ...all.flatMap((data) => references(data, companies, regions, licenses)),
    ...merged.problems,
  ];
}
