import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { slugify } from './article-file';
import { DraftError, EXIT } from './input';

/**
 * Lists an article file where articles are listed: an import and an entry in the articles index
 * (`export const articleSources … = [ … ]`). Listing a file twice changes nothing.
 */
export function listInIndex(indexPath: string, articlePath: string): void {
  const source = readFileSync(indexPath, 'utf8');
  const module = `./${relative(dirname(indexPath), articlePath).replace(/\.ts$/, '')}`;
  if (source.includes(`'${module}'`)) return;
  const name = slugify(module.slice(2))
    .replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())
    .replace(/^(\d)/, '_$1');
  const list = /(export const articleSources[^=]*=\s*\[)([^\]]*)(\])/;
  if (!list.test(source)) {
    throw new DraftError(`${indexPath}: no \`export const articleSources = [ … ]\` to list the draft in; list it by hand`, EXIT.FAILED);
  }
  const withImport = source.replace(/((?:^import .*\n)+)/m, `$1import ${name} from '${module}';\n`);
  const items = (current: string) => current.trim().replace(/,$/, '');
  writeFileSync(
    indexPath,
    withImport.replace(
      list,
      (_, open: string, current: string, close: string) => `${open}${items(current) ? `${items(current)}, ` : ''}${name}${close}`,
    ),
  );
}
