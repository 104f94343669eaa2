import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { answersDirectly } from '../src/server/graphql-handler';
import { yoga } from '../src/server/yoga';
import { worker } from './helpers';

let n = 0;
/** A document no cache has seen, so the Worker's response cache misses. */
const fresh = () => `# miss ${++n}\n{ company(slug: "mistral-ai") { name kind headquarters { name } } }`;

/** The same request through the Worker and through `yoga.fetch` alone: status, media type, body. */
async function bothWays(url: string, init: RequestInit) {
  const viaWorker = await worker.fetch(url, init);
  const viaYoga = await yoga.fetch(new Request(url, init), env);
  const read = async (res: Response) => ({
    status: res.status,
    contentType: res.headers.get('content-type'),
    body: res.headers.get('content-type')?.includes('json') ? await res.text() : null,
  });
  return { worker: await read(viaWorker), yoga: await read(viaYoga), cache: viaWorker.headers.get('x-cache') };
}

const post = (body: unknown, accept?: string) =>
  bothWays('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept === undefined ? {} : { accept }) },
    body: JSON.stringify(body),
  });

describe('cache misses answered by Yoga’s steps without its HTTP handling', () => {
  it('is available with the graphql-yoga this project runs', () => {
    expect(answersDirectly(yoga)).toBe(true);
  });

  for (const accept of [
    'application/graphql-response+json',
    'application/json',
    '*/*',
    undefined,
    'application/json, application/graphql-response+json',
    'application/graphql-response+json, application/json',
    'application/*',
    'text/event-stream',
    'multipart/mixed',
  ]) {
    it(`answers a POST miss exactly as yoga.fetch does, Accept: ${accept ?? '(none)'}`, async () => {
      const both = await post({ query: fresh() }, accept);
      expect(both.cache).toBe(both.worker.contentType?.includes('json') ? 'MISS' : null);
      expect(both.worker).toEqual(both.yoga);
    });
  }

  it('answers a GET miss exactly as yoga.fetch does, empty operationName included', async () => {
    const url = `http://localhost/graphql?${new URLSearchParams({ query: fresh(), operationName: '', variables: '{}' })}`;
    const both = await bothWays(url, { headers: { accept: 'application/graphql-response+json' } });
    expect(both.worker).toEqual(both.yoga);
    expect(both.worker.status).toBe(200);
  });

  it('answers errors exactly as yoga.fetch does: validation, execution, unknown operation, bad variables', async () => {
    for (const body of [
      { query: `${fresh()}\n{ nope }` },
      { query: '{ company(slug: 1) { name } }' },
      { query: fresh(), operationName: 'Missing' },
      { query: `# ${++n}\nquery Q($first: Int) { companies(first: $first) { totalCount } }`, variables: { first: 'ten' } },
      { query: `# ${++n}\n{ node(id: "bm90OmFuLWlk") { id } }` },
      { query: fresh(), extra: true },
    ]) {
      for (const accept of ['application/graphql-response+json', 'application/json']) {
        const both = await post(body, accept);
        expect(both.worker, JSON.stringify(body)).toEqual(both.yoga);
      }
    }
  });
});
