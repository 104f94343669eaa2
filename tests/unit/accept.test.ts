import { describe, expect, it } from 'vitest';
import { acceptableGraphQLTypes, acceptsExplicitly, parseAccept } from '../../src/http/accept';

describe('parseAccept', () => {
  it('reads each media range with its q value and position, lower-cased', () => {
    expect(parseAccept('Application/JSON;q=0.4, text/*; charset=utf-8, */*;Q=0')).toEqual([
      { type: 'application', subtype: 'json', q: 0.4, index: 0 },
      { type: 'text', subtype: '*', q: 1, index: 1 },
      { type: '*', subtype: '*', q: 0, index: 2 },
    ]);
  });

  it('clamps q into [0, 1] and treats an unreadable q as 1', () => {
    expect(parseAccept('a/b;q=7, c/d;q=-2, e/f;q=high').map((r) => r.q)).toEqual([1, 0, 1]);
  });

  it('skips entries that are not type/subtype, keeping the others at their positions', () => {
    expect(parseAccept('garbage, a/b/c, /x, image/png, ,').map((r) => [`${r.type}/${r.subtype}`, r.index])).toEqual([['image/png', 3]]);
  });
});

describe('acceptableGraphQLTypes', () => {
  it('orders by q, then by where the client listed them, then in the server order', () => {
    expect(acceptableGraphQLTypes('text/event-stream;q=0.9, application/json;q=0.9, application/graphql-response+json;q=0.5')).toEqual([
      'text/event-stream',
      'application/json',
      'application/graphql-response+json',
    ]);
  });

  it('applies the most specific matching range: an exact q=0 beats a wildcard', () => {
    expect(acceptableGraphQLTypes('application/*;q=0.8, application/json;q=0, */*;q=0.1')).toEqual([
      'application/graphql-response+json',
      'text/event-stream',
      'multipart/mixed',
    ]);
    expect(acceptableGraphQLTypes('image/png, */*;q=0')).toEqual([]);
  });
});

describe('acceptsExplicitly', () => {
  it('is true only for a type named with q > 0, not one reached through a wildcard', () => {
    expect(acceptsExplicitly('text/html;q=0.1, */*', 'text/html')).toBe(true);
    expect(acceptsExplicitly('text/*, */*', 'text/html')).toBe(false);
    expect(acceptsExplicitly('text/html;q=0', 'text/html')).toBe(false);
    expect(acceptsExplicitly(undefined, 'text/html')).toBe(false);
  });
});
