/** The Workers Rate Limiting binding's interface (wrangler.toml `[[ratelimits]]`). */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The Worker's bindings and vars, as wrangler.toml declares them; every part of the app reads `Env` from here. */
export interface Bindings {
  /** Origins browsers may call the API from: "*" or a comma- or space-separated allow-list. */
  readonly CORS_ORIGINS?: string;
  /** The git commit a deploy passed with `--var BUILD_COMMIT:…`; `GET /health` reports it. */
  readonly BUILD_COMMIT?: string;
  /** "true" writes one JSON line per /graphql request to Workers Logs (src/http/request-log.ts). */
  readonly LOG_REQUESTS?: string;
  /** Per-client request limit on /graphql (src/http/rate-limit.ts). */
  readonly RATE_LIMITER?: RateLimiter;
  /** Workers Static Assets: GraphiQL's files and the playground's, from public/. */
  readonly ASSETS?: Fetcher;
  /** The D1 database the API reads when bound (`wrangler dev --env d1`); without it, the embedded data. */
  readonly DB?: D1Database;
  /** Seconds an isolate keeps the D1 dataset version it read before reading it again (docs/d1.md); "0" reads it per request. */
  readonly D1_VERSION_TTL_SECONDS?: string;
}

/** The Hono environment of the app and its middleware. */
export interface Env {
  Bindings: Bindings;
}
