import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// graphql-js appends "Did you mean ...?" with schema names to some messages; a public API hides
// them so that it does not help anyone map the schema by trial and error.
const SUGGESTION = / ?Did you mean [^?]*\?$/;

function hideSuggestions(errors: readonly Error[] | undefined) {
  for (const error of errors ?? []) {
    if (SUGGESTION.test(error.message)) error.message = error.message.replace(SUGGESTION, '').trimEnd();
  }
}

/** Yoga's `maskedErrors`: not even `wrangler dev` (where NODE_ENV is "development") may show stacks or internal messages. */
export const maskedErrors = { isDev: false } as const;

/**
 * What errors may say, as a Yoga plugin: malformed JSON parameters are a 400 `BAD_REQUEST`, not a
 * masked 500; "Did you mean" suggestions are removed; request errors from graphql-js get a code;
 * the JSON parser's own error is not passed on.
 */
export const errorPolicyPlugin: Plugin = {
  onRequestParse({ requestParser, setRequestParser }) {
    if (!requestParser) return;
    // Yoga parses `variables`/`extensions` of GET and form requests with a bare JSON.parse, whose
    // SyntaxError would otherwise surface as a masked 500.
    setRequestParser(async (request) => {
      try {
        return await requestParser(request);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        throw new GraphQLError('"variables" and "extensions" must be JSON objects.', {
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        });
      }
    });
  },
  onValidate() {
    return ({ result }) => hideSuggestions(result);
  },
  onExecute() {
    return {
      onExecuteDone({ result }) {
        if (!result || !('errors' in result) || !result.errors) return;
        hideSuggestions(result.errors);
        // No data: execution never started (bad variables, unknown operation). Give it a code.
        if (!('data' in result) || result.data === undefined) {
          for (const error of result.errors) {
            const extensions = error.extensions as Record<string, unknown>;
            extensions.code ??= error.message.startsWith('Variable "$') ? 'BAD_USER_INPUT' : 'BAD_REQUEST';
          }
        }
      },
    };
  },
  onResultProcess({ result }) {
    // Yoga attaches the JSON parser's own error to "invalid JSON" errors: an internal detail.
    for (const single of Array.isArray(result) ? result : [result]) {
      if (!single || !('errors' in single) || !single.errors) continue;
      for (const error of single.errors) {
        const extensions = (error as GraphQLError).extensions as Record<string, unknown> | undefined;
        if (!extensions || !('originalError' in extensions)) continue;
        delete extensions.originalError;
        // Yoga answered it with its own status (400) only because of that original error: keep it.
        const http = extensions.http as { spec?: boolean } | undefined;
        if (http) http.spec = false;
      }
    }
  },
};
