import { describe, expect, it } from 'vitest';
import { articleData, licenseRecords, regionRecords } from '../src/data';
import type { CitationRecord } from '../src/data/types';
import { gql } from './helpers';

const CITE = 'sources { quote start end article { slug } }';

describe('citations served by the API', () => {
  it('quote exactly article.text.slice(start, end), for every cited object', async () => {
    // One query per root keeps each one well inside the query cost limit.
    const data = {
      ...(await gql('{ articles(first: 20) { nodes { slug text } } }')),
      ...(await gql(`{ companies(first: 20) { nodes { slug ${CITE} } } }`)),
      ...(await gql(`{ fundingRounds(first: 10) { nodes { label ${CITE} tranches { ${CITE} } investments(first: 5) { nodes { ${CITE} } } } } }`)),
      ...(await gql(`{ models(first: 20) { nodes { slug ${CITE} } } }`)),
      ...(await gql(`{ regions(first: 20) { nodes { slug ${CITE} } } }`)),
    };
    const text = new Map<string, string>(data.articles.nodes.map((a: any) => [a.slug, a.text]));
    const cited = [
      ...data.companies.nodes,
      ...data.fundingRounds.nodes,
      ...data.fundingRounds.nodes.flatMap((r: any) => [...r.tranches, ...r.investments.nodes]),
      ...data.models.nodes,
      ...data.regions.nodes,
    ];
    let checked = 0;
    for (const object of cited) {
      for (const c of object.sources) {
        expect(text.get(c.article.slug)?.slice(c.start, c.end)).toBe(c.quote);
        checked++;
      }
    }
    expect(checked).toBe(29);
  });

  it('cite every company, round, tranche, investment and model at least once', async () => {
    const data = await gql(`{
      companies(first: 20) { nodes { slug sources { start } } }
      fundingRounds(first: 20) { nodes { sources { start } tranches { sources { start } } investments(first: 20) { nodes { sources { start } } } } }
      models(first: 20) { nodes { sources { start } } }
    }`);
    const objects = [
      ...data.companies.nodes,
      ...data.fundingRounds.nodes,
      ...data.fundingRounds.nodes.flatMap((r: any) => [...r.tranches, ...r.investments.nodes]),
      ...data.models.nodes,
    ];
    expect(objects.filter((o) => o.sources.length === 0)).toEqual([]);
  });

  it('point at whole sentences that state the fact', async () => {
    const { company } = await gql(`{ company(slug: "nvidia") { investments { nodes { ${CITE} } } } }`);
    const [citation] = company.investments.nodes[0].sources;
    expect(citation.quote).toBe('Joining the fray are tech giants Nvidia Corp and Salesforce, contributing an additional €120 million in convertible debt.');
    expect(citation.start).toBe(652);
  });
});

describe('the embedded data', () => {
  const regions = new Set(regionRecords.map((r) => r.slug));
  const licenses = new Set(licenseRecords.map((l) => l.spdxId));
  const companies = new Set(articleData.flatMap((a) => a.companies.map((c) => c.slug)));
  const models = new Set(articleData.flatMap((a) => a.models.map((m) => m.slug)));

  it('has citations that match their own article, in every data file', () => {
    for (const { article, companies, fundingRounds, models, regionMentions } of articleData) {
      const all: CitationRecord[] = [
        ...companies.flatMap((c) => c.sources),
        ...fundingRounds.flatMap((r) => [...r.sources, ...r.tranches.flatMap((t) => t.sources), ...r.investments.flatMap((i) => i.sources)]),
        ...models.flatMap((m) => m.sources),
        ...regionMentions.flatMap((m) => m.sources),
      ];
      expect(all.length).toBeGreaterThan(0);
      for (const c of all) {
        expect(c.article).toBe(article.slug);
        expect(c.start).toBeLessThan(c.end);
        expect(article.text.slice(c.start, c.end)).toBe(c.quote);
      }
    }
  });

  it('resolves every slug reference', () => {
    const dangling: string[] = [];
    const check = (set: Set<string>, slug: string | null, where: string) => {
      if (slug !== null && !set.has(slug)) dangling.push(`${where} → ${slug}`);
    };
    for (const r of regionRecords) check(regions, r.parent, `region ${r.slug}.parent`);
    for (const { companies: cs, fundingRounds, models: ms, regionMentions } of articleData) {
      for (const c of cs) {
        check(regions, c.headquarters, `company ${c.slug}.headquarters`);
        for (const other of c.competitors) check(companies, other, `company ${c.slug}.competitors`);
      }
      for (const r of fundingRounds) {
        check(companies, r.company, `round ${r.id}.company`);
        for (const s of r.leadInvestors) check(companies, s, `round ${r.id}.leadInvestors`);
        for (const t of r.tranches) for (const s of t.investors) check(companies, s, `round ${r.id}.tranches`);
        for (const i of r.investments) check(companies, i.investor, `investment ${i.id}.investor`);
      }
      for (const m of ms) {
        check(companies, m.developer, `model ${m.slug}.developer`);
        check(licenses, m.license, `model ${m.slug}.license`);
      }
      for (const m of regionMentions) check(regions, m.region, 'regionMentions');
    }
    expect(dangling).toEqual([]);
  });

  it('gives every round and investment a unique id, and every slug one owner per type', () => {
    const rounds = articleData.flatMap((a) => a.fundingRounds.map((r) => r.id));
    const investments = articleData.flatMap((a) => a.fundingRounds.flatMap((r) => r.investments.map((i) => i.id)));
    const articles = articleData.map((a) => a.article.slug);
    for (const ids of [rounds, investments, articles, [...models], regionRecords.map((r) => r.slug)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('uses the stable slugs frontends link by', () => {
    expect([...companies].sort()).toEqual(['andreessen-horowitz', 'deepmind', 'google-ai', 'mistral-ai', 'nvidia', 'openai', 'salesforce']);
    expect([...models]).toEqual(['mistral-7b']);
    expect([...regions]).toEqual(expect.arrayContaining(['paris', 'france', 'europe', 'united-states', 'asia']));
  });

  it('leaves unstated facts null rather than guessed', () => {
    for (const { fundingRounds, models: ms } of articleData) {
      for (const r of fundingRounds) {
        expect([r.type, r.announcedOn]).toEqual([null, null]);
        for (const i of r.investments) expect(i.amount).toBeNull();
      }
      for (const m of ms) expect(m.parameterCount).toBeNull();
    }
  });
});
