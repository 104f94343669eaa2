import { describe, expect, it } from 'vitest';
import { type Connection, connectionFrom, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE } from '../src/graphql/connection';
import { gql, gqlErrors } from './helpers';

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
  companies(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { slug } }
    nodes { slug }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const page = async (args: Record<string, unknown>) => (await gql(PAGE, args)).companies;
const slugs = (c: any) => c.nodes.map((n: any) => n.slug);

describe('connections over HTTP', () => {
  it('walks forwards with first/after to the end, with a stable totalCount', async () => {
    const whole = await page({ first: 100 });
    const all = slugs(whole);
    expect(all).toHaveLength(whole.totalCount);
    expect(all.length).toBeGreaterThan(6);
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const p = await page({ first: 3, after });
      expect(p.totalCount).toBe(all.length);
      expect(p.edges.map((e: any) => e.node.slug)).toEqual(slugs(p));
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
      expect(p.pageInfo.hasPreviousPage).toBe(after !== undefined);
      seen.push(...slugs(p));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('walks backwards with last/before to the start', async () => {
    const all = slugs(await page({ first: 100 }));
    const seen: string[] = [];
    let before: string | undefined;
    for (let i = 0; i < 10; i++) {
      const p = await page({ last: 3, before });
      expect(p.pageInfo.hasNextPage).toBe(before !== undefined);
      seen.unshift(...slugs(p));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(seen).toEqual(all);
  });

  it('returns the items between after and before', async () => {
    const all = await page({ first: 100 });
    const p = await page({ after: all.edges[1].cursor, before: all.edges[5].cursor });
    expect(slugs(p)).toEqual(slugs(all).slice(2, 5));
    expect(p.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it('returns an empty page for first: 0, with null cursors', async () => {
    const p = await page({ first: 0 });
    const { totalCount } = await page({ first: 100 });
    expect(p).toMatchObject({ totalCount, nodes: [], edges: [], pageInfo: { hasNextPage: true, startCursor: null, endCursor: null } });
  });

  it.each([
    [{ first: 101 }, '"first" must be between 0 and 100, got 101'],
    [{ first: -1 }, '"first" must be between 0 and 100, got -1'],
    [{ last: 1000 }, '"last" must be between 0 and 100, got 1000'],
    [{ last: -5 }, '"last" must be between 0 and 100, got -5'],
    [{ first: 1, last: 1 }, 'Pass either "first" or "last", not both.'],
    [{ after: 'not-a-cursor' }, '"after" is not a valid cursor'],
    [{ before: btoa('Company:mistral-ai') }, '"before" is not a valid cursor'],
    [{ after: 'A'.repeat(10_000) }, '"after" is not a valid cursor'],
  ])('refuses %j with BAD_USER_INPUT instead of clamping', async (args, message) => {
    const { errors, status } = await gqlErrors(PAGE, args);
    expect(status).toBe(200);
    expect(errors[0]!.message).toContain(message);
    expect(errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('checks page sizes on nested connections too', async () => {
    const { errors } = await gqlErrors('{ company(slug: "mistral-ai") { competitors(first: 500) { totalCount } } }');
    expect(errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0]!.path).toEqual(['company', 'competitors']);
  });
});

describe('empty pages over HTTP point nowhere (Relay cursor connections)', () => {
  const NONE = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };
  let cursors: string[];
  const at = async () => {
    cursors ??= (await page({ first: 100 })).edges.map((e: any) => e.cursor);
    return cursors;
  };

  it.each([
    ['after a later cursor than before', 4, 1],
    ['after the cursor before names', 2, 2],
    ['after the last cursor, before the first', -1, 0],
  ])('gives no items and no neighbours with crossing cursors: %s', async (_name, afterIndex, beforeIndex) => {
    const list = await at();
    const after = list.at(afterIndex)!;
    const before = list.at(beforeIndex)!;
    for (const size of [{}, { first: 2 }, { last: 2 }, { first: 0 }, { last: 0 }]) {
      const p = await page({ after, before, ...size });
      expect(p.nodes, JSON.stringify(size)).toEqual([]);
      expect(p.totalCount).toBe(list.length);
      expect(p.pageInfo, JSON.stringify(size)).toEqual(NONE);
    }
  });

  it('gives no neighbours past either end', async () => {
    const list = await at();
    for (const args of [{ after: list.at(-1) }, { after: list.at(-1), first: 3 }, { before: list[0] }, { before: list[0], last: 3 }]) {
      const p = await page(args);
      expect(p.nodes, JSON.stringify(args)).toEqual([]);
      expect(p.pageInfo, JSON.stringify(args)).toEqual(NONE);
    }
  });

  it('says with first: 0 or last: 0 whether the window holds items, as the spec requires, with null cursors', async () => {
    const list = await at();
    expect((await page({ first: 0 })).pageInfo).toEqual({ ...NONE, hasNextPage: true });
    expect((await page({ last: 0 })).pageInfo).toEqual({ ...NONE, hasPreviousPage: true });
    expect((await page({ first: 0, after: list[0] })).pageInfo).toEqual({ ...NONE, hasNextPage: true });
    expect((await page({ first: 0, after: list.at(-1) })).pageInfo).toEqual(NONE);
    expect((await page({ last: 0, before: list[0] })).pageInfo).toEqual(NONE);
  });

  it('ends a client loop on hasNextPage instead of restarting it, from any cursors', async () => {
    const list = await at();
    let args: Record<string, unknown> = { first: 2, after: list[3], before: list[1] };
    const seen: string[] = [];
    for (let i = 0; i < list.length + 2; i++) {
      const p = await page(args);
      seen.push(...slugs(p));
      if (!p.pageInfo.hasNextPage) break;
      expect(p.pageInfo.endCursor).not.toBeNull();
      args = { ...args, after: p.pageInfo.endCursor };
    }
    expect(seen).toEqual([]);
  });

  it('bounds a first page by before, and says so', async () => {
    const list = await at();
    const exact = await page({ first: 3, after: list[0], before: list[4] });
    expect(exact.edges.map((e: any) => e.cursor)).toEqual(list.slice(1, 4));
    // The window between the cursors is exhausted: with `first`, Relay looks no further than `before`.
    expect(exact.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const short = await page({ first: 2, after: list[0], before: list[4] });
    expect(short.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });
});

describe('connectionFrom on a long list', () => {
  const list = Array.from({ length: 250 }, (_, i) => i);
  const values = (c: Connection<number>) => c.edges.map((e) => e.node);

  it(`returns ${DEFAULT_PAGE_SIZE} items when neither first nor last is given`, () => {
    const c = connectionFrom(list, {});
    expect(values(c)).toEqual(list.slice(0, 20));
    expect(c.totalCount).toBe(250);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('returns the 20 items before a cursor when only before is given', () => {
    const at200 = connectionFrom(list, {
      first: 1,
      after: connectionFrom(list, { first: 100, after: connectionFrom(list, { first: 100 }).pageInfo.endCursor }).pageInfo.endCursor,
    });
    expect(values(at200)).toEqual([200]);
    expect(values(connectionFrom(list, { before: at200.pageInfo.startCursor }))).toEqual(list.slice(180, 200));
  });

  it('reports every empty page the same way, in memory and paged from a database', async () => {
    const cursor = encodeCursor;
    const paged = { count: async () => list.length, slice: async (start: number, end: number) => list.slice(start, end) };
    const cases = [
      { after: cursor(120), before: cursor(40) },
      { after: cursor(120), before: cursor(40), first: 5 },
      { after: cursor(120), before: cursor(120), last: 5 },
      { after: cursor(249), first: 10 },
      { after: cursor(249) },
      { before: cursor(0), last: 10 },
      { before: cursor(0) },
    ];
    for (const args of cases) {
      const memory = connectionFrom(list, args);
      expect(memory.edges, JSON.stringify(args)).toEqual([]);
      expect(memory.pageInfo, JSON.stringify(args)).toEqual({
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: null,
        endCursor: null,
      });
      expect(await connectionFrom(paged, args)).toEqual(memory);
    }
  });

  it(`accepts exactly ${MAX_PAGE_SIZE} and the last page`, () => {
    expect(values(connectionFrom(list, { first: MAX_PAGE_SIZE }))).toHaveLength(100);
    const tail = connectionFrom(list, { last: 30 });
    expect(values(tail)).toEqual(list.slice(220));
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });
});
