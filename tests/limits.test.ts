import { getIntrospectionQuery, getOperationAST, Lexer, parse, Source, TokenKind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { examples } from '../src/documents/examples';
import { schema } from '../src/graphql';
import { createBuilder } from '../src/graphql/builder';
import { connectionFrom, MAX_PAGE_SIZE } from '../src/graphql/connection';
import { MAX_BODY_BYTES } from '../src/http/body-limit';
import { LIMITS, operationCost } from '../src/server/plugins/limits';
import { gql, gqlErrors, JSON_HEADERS, post, postRaw, worker } from './helpers';

/** `{ company(slug:) { competitors(first: 1) { nodes { ... } } } }` with `levels` nested connections. */
function competitors(levels: number, first = 1) {
  return `{ company(slug: "mistral-ai") { ${`competitors(first: ${first}) { nodes { `.repeat(levels)}name${' } }'.repeat(levels)} } }`;
}

/** Lexical tokens in a document, counted as graphql-js counts them for `maxTokens`. */
function tokenCount(document: string) {
  const lexer = new Lexer(new Source(document));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/** A valid query of exactly `tokens` tokens: aliased `nodes(ids:)` lists of up to 100 IDs. */
function queryOfTokens(tokens: number) {
  const fields: string[] = [];
  // Each field costs 12 tokens besides its IDs (alias : nodes ( ids : [ ] ) { id }); braces 2.
  let left = tokens - 2;
  while (left > 12) {
    const ids = Math.min(MAX_PAGE_SIZE, left - 12);
    fields.push(`n${fields.length}: nodes(ids: [${'"x" '.repeat(ids)}]) { id }`);
    left -= ids + 12;
  }
  return `{ ${fields.join(' ')} ${'__typename '.repeat(left)}}`;
}

const costOf = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, variables);
};

describe('query limits', () => {
  it('let every example query through, each within the cost limit', async () => {
    for (const example of examples) {
      const data = await gql(example.query, example.variables);
      expect(Object.keys(data).length, example.name).toBeGreaterThan(0);
      expect(costOf(example.query, example.variables), example.name).toBeLessThanOrEqual(LIMITS.maxCost);
    }
  });

  it("let GraphiQL's full introspection query through", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
      typeDepth: 9,
    });
    const data = await gql(query);
    expect(data.__schema.queryType.name).toBe('Query');
  });

  it('refuse an operation nested deeper than the maximum depth with QUERY_TOO_DEEP', async () => {
    // Each competitors level adds two (competitors, nodes); company adds one and name one.
    const levels = Math.ceil(LIMITS.maxDepth / 2);
    const { status, errors } = await gqlErrors(competitors(levels));
    expect(status).toBe(400);
    expect(errors[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(errors[0]?.extensions?.maxDepth).toBe(LIMITS.maxDepth);
    const allowed = await gql(competitors(Math.floor((LIMITS.maxDepth - 2) / 2)));
    expect(allowed.company.competitors.nodes.length).toBe(1);
  });

  it('count depth through fragments', async () => {
    const fragment = `fragment Deep on Company { ${'competitors(first: 1) { nodes { '.repeat(5)}name${' } }'.repeat(5)} }`;
    const { errors } = await gqlErrors(`{ company(slug: "mistral-ai") { ...Deep } } ${fragment}`);
    expect(errors.map((e) => e.extensions?.code)).toContain('QUERY_TOO_DEEP');
  });

  it('refuse the fan-out query nested 300 deep before executing it', async () => {
    const { status, errors } = await gqlErrors(competitors(300, 3));
    expect(status).toBe(400);
    expect(errors[0]?.extensions?.code).toBe('TOO_MANY_TOKENS');
  });

  it('refuse a query whose connection pages multiply past the cost limit with QUERY_TOO_COMPLEX', async () => {
    // The README's example: 1 + 100 × (1 + 1 + 100 × 2).
    expect(costOf('{ companies(first: 100) { nodes { competitors(first: 100) { nodes { name } } } } }')).toBe(20_201);
    const query = `{ companies(first: 100) { nodes { competitors(first: 100) { nodes { fundingRounds(first: 100) { nodes { label } } } } } } }`;
    expect(costOf(query)).toBeGreaterThan(LIMITS.maxCost);
    const { status, errors, data } = await gqlErrors(query);
    expect(status).toBe(400);
    expect(data ?? null).toBeNull();
    expect(errors[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(errors[0]?.extensions?.maxCost).toBe(LIMITS.maxCost);
  });

  it('count `first` given in variables, so small pages pass and large ones do not', async () => {
    const query = `query ($n: Int) { companies(first: $n) { nodes { competitors(first: $n) { nodes { fundingRounds(first: $n) { nodes { label } } } } } } }`;
    const small = await gql(query, { n: 2 });
    expect(small.companies.nodes.length).toBe(2);
    const { errors } = await gqlErrors(query, { n: 50 });
    expect(errors[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('count `last` and `nodes(ids:)` as multipliers too', () => {
    const one = costOf('{ companies(last: 1) { nodes { name } } }');
    expect(costOf('{ companies(last: 100) { nodes { name } } }')).toBe(1 + 100 * (one - 1));
    expect(costOf('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toBe(1 + 3 * 1);
  });

  it('cost the funding-graph fields: co-investor and investor pages multiply, sharedRounds as fifty rounds, totals as a list', async () => {
    // company 1 + coInvestors (1 + 100 × edges (1 + sharedRounds (1 + 50 × label 1))).
    expect(costOf('{ company(slug: "a") { coInvestors(first: 100) { edges { sharedRounds { label } } } } }')).toBe(
      1 + 1 + 100 * (1 + 1 + 50 * 1),
    );
    expect(costOf('{ company(slug: "a") { coInvestors(last: 3) { nodes { name } } } }')).toBe(1 + 1 + 3 * (1 + 1));
    expect(costOf('{ company(slug: "a") { investors(first: 10) { nodes { name } } } }')).toBe(1 + 1 + 10 * (1 + 1));
    expect(costOf('{ company(slug: "a") { investors { nodes { name } } } }')).toBe(1 + 1 + 20 * (1 + 1));
    expect(costOf('{ company(slug: "a") { totalRaised { amount } } }')).toBe(1 + 1 + 5 * 1);
    expect(costOf('{ region(slug: "europe") { funding { roundCount totals { amount currency } } } }')).toBe(1 + 1 + 1 + 1 + 5 * 2);
    expect(costOf('{ funding(filter: { currency: "EUR" }) { roundCount totals { amount } } }')).toBe(1 + 1 + 1 + 5 * 1);
    expect(costOf('{ fundingRounds(first: 50, orderBy: { field: AMOUNT, direction: DESC }) { nodes { label } } }')).toBe(1 + 50 * (1 + 1));
    const query = '{ companies(first: 100) { nodes { coInvestors(first: 100) { edges { sharedRounds { label } } } } } }';
    expect(costOf(query)).toBeGreaterThan(LIMITS.maxCost);
    const { status, errors } = await gqlErrors(query);
    expect(status).toBe(400);
    expect(errors[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('read page sizes from the arguments as executed, whatever the variable is called', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'then']) {
      const text = `query ($${name}: Int) { companies(first: $${name}) { totalCount nodes { name } } }`;
      const { body: overBody } = await post(text, { [name]: 500 });
      // Never a silent default page: the cap's error, or (for the one name the executor cannot
      // carry) a refusal of the variable itself.
      expect(overBody.errors?.length, name).toBe(1);
      expect(overBody.errors?.[0]?.extensions?.code, name).toBe(name === '__proto__' ? 'GRAPHQL_VALIDATION_FAILED' : 'BAD_USER_INPUT');
      if (name === '__proto__') continue;
      const { body: twoBody } = await post(text, { [name]: 2 });
      expect(twoBody.data.companies.nodes, name).toHaveLength(2);
      // And the cost counts the same value: 100 companies of 100 competitors each is over the limit.
      const costly = `query ($${name}: Int) { companies(first: $${name}) { nodes { competitors(first: $${name}) { nodes { name } } } } }`;
      const { body: costBody } = await post(costly, { [name]: 100 });
      expect(costBody.errors?.[0]?.extensions?.code, name).toBe('QUERY_TOO_COMPLEX');
    }
  });

  it('answer pages over the cap with the connection error, not a cost error', async () => {
    const { errors } = await gqlErrors(`{ companies(first: ${MAX_PAGE_SIZE + 1}) { nodes { name } } }`);
    expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0]?.message).toContain(String(MAX_PAGE_SIZE));
  });

  it('refuse repeated introspection in one request', async () => {
    const times = Math.floor(LIMITS.maxCost / LIMITS.introspectionCost) + 1;
    const query = `{ ${Array.from({ length: times }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ')} }`;
    const { errors } = await gqlErrors(query);
    expect(errors[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuse more aliases than allowed with TOO_MANY_ALIASES', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const ok = await gql(aliases(LIMITS.maxAliases));
    expect(Object.keys(ok)).toHaveLength(LIMITS.maxAliases);
    const { status, errors } = await gqlErrors(aliases(LIMITS.maxAliases + 1));
    expect(status).toBe(400);
    expect(errors[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('refuse more directives than allowed with TOO_MANY_DIRECTIVES', async () => {
    const directives = (n: number) => `{ ${'__typename @include(if: true) '.repeat(n)}}`;
    const ok = await gql(directives(LIMITS.maxDirectives));
    expect(ok.__typename).toBe('Query');
    const { status, errors } = await gqlErrors(directives(LIMITS.maxDirectives + 1));
    expect(status).toBe(400);
    expect(errors[0]?.extensions?.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it('refuse a document with more tokens than allowed with TOO_MANY_TOKENS', async () => {
    const atLimit = queryOfTokens(LIMITS.maxTokens);
    expect(tokenCount(atLimit)).toBe(LIMITS.maxTokens);
    expect((await gql(atLimit)).n0).toHaveLength(MAX_PAGE_SIZE);
    const over = queryOfTokens(LIMITS.maxTokens + 1);
    expect(tokenCount(over)).toBe(LIMITS.maxTokens + 1);
    const { status, errors } = await gqlErrors(over);
    expect(status).toBe(400);
    expect(errors[0]?.extensions?.code).toBe('TOO_MANY_TOKENS');
  });

  it('answer limit errors with 200 to clients that accept only application/json', async () => {
    const { res, body } = await post(competitors(20), undefined, { accept: 'application/json' });
    expect(res.status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('give request errors stable codes', async () => {
    expect((await gqlErrors('{ company(')).errors[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await gqlErrors('{ nope }')).errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const unknown = await worker.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }),
    });
    expect(unknown.status).toBe(400);
    const unknownBody = (await unknown.json()) as { errors: { extensions: { code: string } }[] };
    expect(unknownBody.errors[0]?.extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('hide "Did you mean" suggestions', async () => {
    const field = await gqlErrors('{ company(slug: "mistral-ai") { nam } }');
    expect(field.errors[0]?.message).toBe('Cannot query field "nam" on type "Company".');
    expect(field.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const value = await gqlErrors('query ($k: CompanyKind) { companies(filter: { kind: $k }) { totalCount } }', { k: 'STARTUPP' });
    expect(value.errors[0]?.message).not.toMatch(/did you mean/i);
    expect(value.errors[0]?.message).toContain('STARTUPP');
    expect(value.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('request limits', () => {
  it('refuse a body over 64 KiB with 413 before parsing it', async () => {
    // Not even JSON: a 413 proves nothing parsed it.
    const res = await postRaw('x'.repeat(MAX_BODY_BYTES + 1));
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuse a streamed body without Content-Length once it passes 64 KiB', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(1024));
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i <= MAX_BODY_BYTES / 1024; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const res = await postRaw(stream, {}, { duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });

  it('accept a body just under 64 KiB', async () => {
    const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(MAX_BODY_BYTES - 200) } });
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_BYTES);
    const res = await postRaw(body);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' }, extensions: { cost: { requested: 1, limit: LIMITS.maxCost } } });
  });

  it('refuse a GET URL over 64 KiB with 414', async () => {
    const res = await worker.fetch(`http://localhost/graphql?query=${'%20'.repeat(MAX_BODY_BYTES / 3 + 1)}{__typename}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(res.status).toBe(414);
  });

  it('refuse batched requests with 400', async () => {
    const res = await postRaw(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/batching/i);
  });

  it('refuse mutations and subscriptions, which the schema has no root for, as request errors over GET and POST', async () => {
    for (const text of ['mutation { __typename }', 'subscription { __typename }', 'mutation M { __typename } query Q { __typename }']) {
      const get = await worker.fetch(`http://localhost/graphql?query=${encodeURIComponent(text)}`, {
        headers: { accept: 'application/graphql-response+json' },
      });
      const post = await postRaw(JSON.stringify({ query: text }));
      for (const res of [get, post]) {
        expect(res.status, text).toBe(400);
        expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
        const body = (await res.json()) as {
          data?: unknown;
          errors: { message: string; locations?: unknown; extensions: { code: string } }[];
        };
        expect(body.data).toBeUndefined();
        expect(body.errors).toEqual([
          {
            message: expect.stringMatching(/^The (mutation|subscription) operation is not supported by the schema/),
            locations: [{ line: 1, column: 1 }],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ]);
      }
    }
  });

  it('refuse an unsupported media type with 415 and an unacceptable Accept with 406', async () => {
    expect((await postRaw('{ __typename }', { 'content-type': 'text/plain', accept: 'application/json' })).status).toBe(415);
    const xml = await postRaw(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json', accept: 'text/xml' });
    expect(xml.status).toBe(406);
  });
});

describe('the cost model', () => {
  // A schema from the project's own builder configuration, with a connection named unlike any other.
  const testSchema = () => {
    const builder = createBuilder();
    const Person = builder.objectRef<{ name: string }>('Person').implement({
      description: 'A person.',
      fields: (t) => ({ name: t.exposeString('name', { description: 'Name.' }) }),
    });
    const Roster = builder.connectionObject({ type: Person, name: 'PeopleRoster' }, { name: 'PeopleRosterItem' });
    builder.queryType({
      fields: (t) => ({
        roster: t.connection({ type: Person, resolve: (_root, args) => connectionFrom<{ name: string }>([], args) }, Roster),
        people: t.field({ type: [Person], resolve: () => [] }),
      }),
    });
    return builder.toSchema();
  };
  const cost = (query: string, variables?: Record<string, unknown>) => {
    const document = parse(query);
    return operationCost(testSchema(), document, getOperationAST(document)!, variables);
  };

  it('costs any connection built with the builder by its page size, whatever its name', () => {
    // roster 1 + 30 × (nodes 1 + name 1)
    expect(cost('{ roster(first: 30) { nodes { name } } }')).toBe(1 + 30 * 2);
    expect(cost('query ($n: Int) { roster(last: $n) { edges { node { name } } } }', { n: 7 })).toBe(1 + 7 * 3);
    // default page size when neither first nor last is given
    expect(cost('{ roster { nodes { name } } }')).toBe(1 + 20 * 2);
  });

  it('costs a plain list by the list factor', () => {
    expect(cost('{ people { name } }')).toBe(1 + LIMITS.listCostFactor);
  });
});

describe('the cost of data-dependent work', () => {
  const SUMMARY = '{ roundCount }';
  /** What `field` costs beyond its own fields: the cost of `{ field }` less the same field priced without work. */
  const extra = (field: string, fieldsCost: number, variables?: Record<string, unknown>) => costOf(`{ ${field} }`, variables) - fieldsCost;

  it('adds nothing to a summary or a list that one condition selects, with or without a minimum where both stores index it', () => {
    expect(extra(`funding(filter: { region: "europe" }) ${SUMMARY}`, 2)).toBe(0);
    expect(extra(`funding(filter: { minAmount: "1" }) ${SUMMARY}`, 2)).toBe(0);
    expect(extra(`funding(filter: { currency: "EUR", minAmount: "1" }) ${SUMMARY}`, 2)).toBe(0);
    expect(extra('fundingRounds(filter: { investor: "nvidia" }, first: 5) { nodes { id } }', 1 + 5 * 2)).toBe(0);
    const largest =
      'fundingRounds(first: 5, filter: { currency: "EUR", minAmount: "1" }, orderBy: { field: AMOUNT, direction: DESC }) { nodes { id } }';
    expect(extra(largest, 1 + 5 * 2)).toBe(0);
  });

  it("adds narrowScanCost to a filter that checks one company's or investor's rounds one by one", () => {
    expect(extra(`funding(filter: { investor: "nvidia", region: "europe" }) ${SUMMARY}`, 2)).toBe(LIMITS.narrowScanCost);
    expect(extra('fundingRounds(first: 5, filter: { leadInvestor: "nvidia", minAmount: "1" }) { nodes { id } }', 1 + 5 * 2)).toBe(
      LIMITS.narrowScanCost,
    );
  });

  it('adds scanCost to a filter that checks a share of all rounds, and to a search', () => {
    expect(extra(`funding(filter: { region: "europe", currency: "EUR" }) ${SUMMARY}`, 2)).toBe(LIMITS.scanCost);
    // A minimum in label order reads past the rounds under it; so does one across currencies in amount order.
    expect(extra('fundingRounds(first: 5, filter: { currency: "EUR", minAmount: "1" }) { nodes { id } }', 1 + 5 * 2)).toBe(LIMITS.scanCost);
    expect(
      extra('fundingRounds(first: 5, filter: { minAmount: "1" }, orderBy: { field: AMOUNT, direction: DESC }) { nodes { id } }', 1 + 5 * 2),
    ).toBe(LIMITS.scanCost);
    expect(extra('search(query: "ai", first: 5) { nodes { __typename } }', 1 + 5 * 2)).toBe(LIMITS.scanCost);
  });

  it('reads the filter as execution coerces it, variables included', () => {
    const query = 'query ($f: FundingRoundFilter) { funding(filter: $f) { roundCount } }';
    expect(costOf(query, { f: { company: 'mistral-ai' } })).toBe(2);
    expect(costOf(query, { f: { region: 'europe', instrument: 'EQUITY' } })).toBe(2 + LIMITS.scanCost);
  });

  it('lets one scan through and refuses a second in the same operation with QUERY_TOO_COMPLEX', async () => {
    const scan = (alias: string) => `${alias}: funding(filter: { region: "europe", currency: "EUR" }) { roundCount }`;
    const one = await gql(`{ ${scan('a')} }`);
    expect(one.a.roundCount).toBeGreaterThan(0);
    const { status, errors } = await gqlErrors(`{ ${scan('a')} ${scan('b')} }`);
    expect(status).toBe(400);
    expect(errors[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
