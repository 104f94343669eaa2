import { Hono } from 'hono';
import { acceptsExplicitly } from '../http/accept';
import { graphiqlPage } from './graphiql-page';
import { htmlResponse } from './html';
import { landingPage } from './landing-page';

/** Whether a request asks for HTML: `text/html` named in Accept with q > 0 (browsers' navigations do; `*\/*` does not). */
export function acceptsHtml(request: Request): boolean {
  return acceptsExplicitly(request.headers.get('accept'), 'text/html');
}

/**
 * The browser-facing pages: GET / (landing page) and GET /graphql for requests that accept HTML
 * (GraphiQL). Any other GET /graphql falls through to the GraphQL server mounted after this.
 */
export const playground = new Hono();

playground.get('/', () => htmlResponse(landingPage));

playground.get('/graphql', async (c, next) => {
  if (!acceptsHtml(c.req.raw)) return next();
  return htmlResponse(graphiqlPage, { vary: 'Accept' });
});
