// Own code: the first half of src/lib/graphql-production.ts. This module imports nothing, so it runs
// before graphql-js loads (modules run in import order); that one removes what this adds.
const scope = globalThis as { process?: unknown };
/** Whether a stand-in `process` was added here (never when the runtime has one). */
const added = scope.process === undefined;
if (added) scope.process = { env: { NODE_ENV: 'production' } };

/**
 * Removes the stand-in `process` once graphql-js has loaded (`loaded`: any of its classes, so the
 * call comes after its modules ran), so nothing else ever sees it. Returns whether graphql-js
 * loaded with a `process` present.
 */
export function restoreProcess(loaded: unknown): boolean {
  if (added) delete scope.process;
  return loaded !== undefined;
}
