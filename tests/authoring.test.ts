import { describe, expect, it } from 'vitest';
import { compareDecimal, sumByCurrency } from '../src/data/money';
import { type ArticleSource, cite, compileArticle, compileArticles, money, prose } from '../src/data/sources/authoring';

const base: ArticleSource = {
  file: 'tests/fixtures/inline.ts',
  slug: 'inline',
  text: prose`
    Acme AI raised $5 million.
    Acme AI raised $5 million.
    Globex led it.
  `,
};

describe('prose`…`', () => {
  it('joins the lines of a paragraph with single spaces and keeps blank-line paragraph breaks', () => {
    const text = prose`
      First sentence.
      Second sentence.

        Heading

      Last one.
    `;
    expect(text).toBe('First sentence. Second sentence.\n\nHeading\n\nLast one.');
  });
});

describe('cite(quote)', () => {
  it('finds the offsets of a quote that occurs once', () => {
    const { data, problems } = compileArticle({
      ...base,
      companies: [{ slug: 'globex', name: 'Globex', kind: 'VENTURE_CAPITAL', sources: [cite('Globex led it.')] }],
    });
    expect(problems).toEqual([]);
    const [c] = data.companies[0]!.sources;
    expect(c).toEqual({ article: 'inline', start: 54, end: 68, quote: 'Globex led it.' });
    expect(base.text.slice(c!.start, c!.end)).toBe(c!.quote);
  });

  it('picks one of several occurrences with `occurrence`', () => {
    const { data, problems } = compileArticle({
      ...base,
      companies: [{ slug: 'acme-ai', name: 'Acme AI', kind: 'STARTUP', sources: [cite('Acme AI raised $5 million.', { occurrence: 2 })] }],
    });
    expect(problems).toEqual([]);
    expect(data.companies[0]!.sources[0]!.start).toBe(27);
  });

  it('reports a missing, an ambiguous and an out-of-range quote with file, entity and quote', () => {
    const { problems } = compileArticle({
      ...base,
      companies: [
        { slug: 'acme-ai', name: 'Acme AI', kind: 'STARTUP', sources: [cite('Acme AI raised $5 million.')] },
        { slug: 'globex', name: 'Globex', kind: 'VENTURE_CAPITAL', sources: [cite('Globex led the round.')] },
        { slug: 'initech', name: 'Initech', kind: 'CORPORATION', sources: [cite('Globex led it.', { occurrence: 2 })] },
      ],
    });
    expect(problems).toEqual([
      {
        file: 'tests/fixtures/inline.ts',
        entity: 'company acme-ai',
        message: expect.stringMatching(
          /^quote occurs 2 times; pick one with cite\(quote, \{ occurrence: n \}\) or quote more of its sentence: "Acme AI raised \$5 million\."$/,
        ),
      },
      {
        file: 'tests/fixtures/inline.ts',
        entity: 'company globex',
        message: expect.stringMatching(
          /^quote not found in the text: "Globex led the round\.": the nearest passage is "Globex led it\."; they differ at character 12, where the quote has "t" .* and the text has "i" /,
        ),
      },
      {
        file: 'tests/fixtures/inline.ts',
        entity: 'company initech',
        message: 'occurrence 2 of a quote that occurs 1 time(s): "Globex led it."; use an occurrence from 1 to 1',
      },
    ]);
  });

  it('stops an article with a bad quote from loading, with every problem in the message', () => {
    const bad = {
      ...base,
      models: [{ slug: 'acme-1', name: 'Acme 1', kind: 'LARGE_LANGUAGE_MODEL' as const, developer: 'acme-ai', sources: [cite('Nope.')] }],
    };
    expect(() => compileArticles([bad])).toThrowError(
      'tests/fixtures/inline.ts: model acme-1: quote not found in the text: "Nope.": no passage of the text is close to it; copy the sentence from the text as it is',
    );
  });
});

describe('record defaults and derived facts', () => {
  const { data } = compileArticle({
    ...base,
    companies: [{ slug: 'acme-ai', name: 'Acme AI', kind: 'STARTUP', sources: [cite('Globex led it.')] }],
    fundingRounds: [
      {
        id: 'acme-ai-usd-5m',
        company: 'acme-ai',
        amount: money('5000000', 'USD'),
        investments: [{ investor: 'globex', lead: true, sources: [cite('Globex led it.')] }],
        tranches: [{ instrument: 'CONVERTIBLE_DEBT', investors: ['globex', 'initech'], sources: [cite('Globex led it.')] }],
        sources: [cite('Acme AI raised $5 million.', { occurrence: 1 })],
      },
    ],
  });

  it('fills what the article leaves unstated with null or empty lists', () => {
    expect(data.companies[0]).toMatchObject({ aliases: [], description: null, headquarters: null, competitors: [], industries: [] });
    expect(data.companies[0]).not.toHaveProperty('kindNote');
    expect(data.fundingRounds[0]).toMatchObject({ type: null, valuation: null, announcedOn: null });
    expect(data.article).toEqual({ slug: 'inline', title: null, author: null, publishedOn: null, url: null, text: base.text });
  });

  it('makes each tranche investor without an investment one, with the tranche instrument', () => {
    expect(data.fundingRounds[0]!.investments.map((i) => [i.id, i.lead, i.instrument, i.amount])).toEqual([
      ['acme-ai-usd-5m/globex', true, 'UNSPECIFIED', null],
      ['acme-ai-usd-5m/initech', false, 'CONVERTIBLE_DEBT', null],
    ]);
  });
});

describe('exact money arithmetic', () => {
  it('adds decimals exactly, per currency, largest first', () => {
    const sums = sumByCurrency([
      money('0.1', 'USD'),
      money('0.2', 'USD'),
      money('7', 'EUR'),
      money('99999999999999999999.99', 'JPY'),
      money('0.01', 'JPY'),
    ]);
    expect(sums).toEqual([money('100000000000000000000', 'JPY'), money('7', 'EUR'), money('0.3', 'USD')]);
  });

  it('compares decimals of any scale without floats', () => {
    expect(compareDecimal('450000000', '450000000.00')).toBe(0);
    expect(compareDecimal('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareDecimal('0.5', '1')).toBe(-1);
  });
});
