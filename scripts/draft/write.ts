import { dirname, relative, resolve } from 'node:path';
import { articleFile } from './article-file';
import { AUTHORING_MODULE } from './dataset';
import type { Draft } from './draft';
import { ExistingCompanies } from './existing';

/** The repository root: article files name their own path relative to it. */
export const ROOT = resolve(import.meta.dirname, '../..');

export interface DraftedFileOptions {
  /** Absolute path the file is written to. */
  readonly out: string;
  readonly slug: string;
  /** Where the text came from, for the header comment. */
  readonly input: string;
  readonly title?: string;
  readonly url?: string;
  readonly publishedOn?: string;
}

/**
 * A draft as the article file `npm run article:draft` writes to `out`: its repository path and
 * source code, importing the authoring helpers relative to where it lives. The reference packages
 * that read places and licenses load on the first call.
 */
export async function draftedFile(draft: Draft, options: DraftedFileOptions): Promise<{ file: string; source: string }> {
  const { FORMAT } = await import('./format');
  const file = relative(ROOT, options.out);
  let authoringImport = relative(dirname(options.out), resolve(ROOT, AUTHORING_MODULE)).replace(/\.ts$/, '');
  if (!authoringImport.startsWith('.')) authoringImport = `./${authoringImport}`;
  const { out: _, input, ...rest } = options;
  return {
    file,
    source: articleFile(draft, { ...rest, file, authoringImport, source: input, format: FORMAT, existing: new ExistingCompanies() }),
  };
}
