/**
 * `npm run article:draft -- FILE.txt …`: the command's entry. V8's compile cache (Node 22+) keeps
 * compromise's compiled code between runs, which saves a third of the start-up; then main.ts runs.
 */
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./main');
