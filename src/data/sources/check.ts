import { referenceFor } from '../reference';
import { type ArticleSource, compileArticle, type Problem } from './authoring';
import { placeSlug } from './dataset';
import { mergeArticles } from './merge';
import type { ArticleData, CitationRecord, FundingRoundRecord, MoneyRecord } from './records';
import { currencies } from './reference';

/**
 * What `npm run data:check` checks, over every article at once: quotes that are missing or
 * ambiguous, places and licenses the reference packages do not know, slug references that
 * resolve to nothing or to a company the article does not declare, facts two articles state
 * differently, and the facts every record must state.
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

/** Slug references that resolve to nothing, and companies named without being declared in the article. */
function references(data: ArticleData, companies: ReadonlyMap<string, string>): Problem[] {
  const problems: Problem[] = [];
  const own = new Set(data.companies.map((c) => c.slug));
  const reported = new Set<string>();
  const check = (slug: string, entity: string, field: string) => {
    if (own.has(slug)) return;
    if (reported.has(slug)) return;
    reported.add(slug);
    const declaredIn = companies.get(slug);
    problems.push({
      file: data.file,
      entity,
      message: declaredIn
        ? `${field} "${slug}" is declared in ${declaredIn} but not in this article; add it to this article's companies with the sentence that names it, so the company cites this article too`
        : `${field} "${slug}" is not a known company slug; declare it in this article's companies (slug, name, sources)`,
    });
  };
  for (const c of data.companies) for (const other of c.competitors) check(other, `company ${c.slug}`, 'competitor');
  for (const r of data.fundingRounds) {
    check(r.company, `round ${r.id}`, 'company');
    for (const i of r.investments) check(i.investor, `investment ${i.id}`, 'investor');
    r.tranches.forEach((t, n) => {
      for (const s of t.investors) check(s, `round ${r.id} tranche ${n + 1}`, 'investor');
    });
  }
  for (const m of data.models) check(m.developer, `model ${m.slug}`, 'developer');
  return problems;
}

/**
 * Every problem in a set of articles, checked together (so conflicts and references across them
 * count), each naming the file, the fact and the fix; places and licenses are read with the
 * reference packages (src/data/reference/).
 */
export function checkArticles(sources: readonly ArticleSource[]): Problem[] {
  const compiled = sources.map(compileArticle);
  const all = compiled.map((c) => c.data);
  const { reference, problems: referenceProblems } = referenceFor(sources);
  const known = new Set(reference.regions.map((r) => r.slug));
  // Places that do not resolve are reported once by referenceFor; the merge compares the rest as region slugs.
  const resolved = all.map((data) => ({
    ...data,
    companies: data.companies.map((c) => ({
      ...c,
      headquarters: c.headquarters === null ? null : (placeSlug(c.headquarters, reference, known) ?? c.headquarters),
    })),
  }));
  const merged = mergeArticles(resolved);
  const declaredIn = new Map<string, string>();
  for (const data of all) for (const c of data.companies) if (!declaredIn.has(c.slug)) declaredIn.set(c.slug, data.file);
  // An entity whose quotes could not be placed may have no citations left: that problem is already reported.
  const misquoted = new Set(compiled.flatMap((c) => [...c.misquoted].map((entity) => `${c.data.file}|${entity}`)));
  return [
    ...compiled.flatMap((c) => c.problems),
    ...all.flatMap(requiredFacts).filter((p) => !(p.message.startsWith('cites no passage') && misquoted.has(`${p.file}|${p.entity}`))),
    ...referenceProblems,
    ...all.flatMap((data) => references(data, declaredIn)),
    ...merged.problems,
  ];
}
