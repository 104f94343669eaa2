import { expect, it } from 'vitest';
import { gql } from './helpers';

it('answers a query', async () => {
  expect(await gql('{ company(slug: "mistral-ai") { name } }')).toEqual({ company: { name: 'Mistral AI' } });
});
