import app from '../../src/index';
import { roundTrips } from '../../tests/fixtures/d1-round-trips';

/**
 * This API's Worker with its D1 binding wrapped by the round-trip counter
 * (tests/fixtures/d1-round-trips.ts), for bench/d1-round-trips.ts: each request's database calls
 * wait the simulated round trip its `x-simulated-rtt-ms` header asks for, and the response says
 * what the request sent (`x-d1-statements`, `x-d1-round-trips`). Served by `wrangler dev` with
 * wrangler.toml's [env.d1]; never deployed.
 */
export default {
  async fetch(request: Request, env: Record<string, unknown> & { DB: D1Database }, ctx: ExecutionContext): Promise<Response> {
    const delayMs = Number(request.headers.get('x-simulated-rtt-ms') ?? 0);
    const counted = roundTrips(env.DB, { delayMs: Number.isFinite(delayMs) ? delayMs : 0 });
    const response = await app.fetch(request, { ...env, DB: counted.binding }, ctx);
    const headers = new Headers(response.headers);
    headers.set('x-d1-statements', String(counted.stats.statements));
    headers.set('x-d1-round-trips', String(counted.stats.roundTrips));
    return new Response(response.body, { status: response.status, headers });
  },
};
