import type { DocumentNode, GraphQLSchema, ValidationRule } from 'graphql';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { seenBefore } from '../../lib/seen-before';
import { nodeCountOf } from '../lean-document';
import { validateDocument } from '../validation';
import { parseWithLimits } from './limits';
import { unsupportedOperation } from './operation-rules';

/** Bounds of the per-isolate caches of parsed documents and of parse errors. */
export const DOCUMENT_CACHE_LIMITS = {
  /** Most parsed documents kept. */
  maxDocuments: 1_000,
  /** Most bytes of parsed documents kept, query strings (the keys) included. */
  maxDocumentBytes: 8 * 1024 * 1024,
  /** Most parse errors kept (each holds the document's text). */
  maxErrors: 1_000,
  /** Most bytes of parse errors kept. */
  maxErrorBytes: 1024 * 1024,
} as const;

// Measured with bench/document-memory.ts: a parseLean document retains 200-240 bytes per AST
// node beside its text; the text is counted at 2 bytes a character (V8's two-byte strings).
const BYTES_PER_NODE = 256;
const ENTRY_OVERHEAD = 1024;
const textBytes = (key: string) => key.length * 2 + ENTRY_OVERHEAD;

/** Estimated heap a cached document retains: its query string (the key) and its AST. */
export const documentBytes = (document: DocumentNode, key: string): number =>
  textBytes(key) + (nodeCountOf(document) ?? key.length) * BYTES_PER_NODE;

/** What the caches need to prepare a document on their own (see `prepare`). */
export interface DocumentCacheOptions {
  readonly schema: GraphQLSchema;
  /** Every validation rule, as Yoga validates with them (src/server/plugins/validation.ts). */
  readonly rules: readonly ValidationRule[];
}

/** Yoga's document caches, its plugin that keeps them to valid documents, and the same steps without Yoga. */
export interface DocumentCaches {
  readonly options: NonNullable<YogaServerOptions<object, object>['parserAndValidationCache']>;
  readonly plugin: Plugin;
  /**
   * The parsed document for `query` when it can run: from the cache, or parsed (token limit
   * included), checked for unsupported operations and validated, then cached as Yoga would.
   * Undefined for any document that fails a step: Yoga parses and validates it again to report why.
   */
  readonly prepare: (query: string) => DocumentNode | undefined;
}

/**
 * Yoga's parse and validation caches, bounded by bytes as well as by count (Yoga's defaults are
 * 1,024 entries of any size), and a plugin that drops a document from the cache once it fails
 * validation (limits included), so that only documents that can run stay cached, and remembers
 * which documents passed validation (a WeakSet), so that mark goes with the document.
 */
export function documentCaches({ schema, rules }: DocumentCacheOptions): DocumentCaches {
  const documents = new LRUCache<string, DocumentNode>({
    max: DOCUMENT_CACHE_LIMITS.maxDocuments,
    maxSize: DOCUMENT_CACHE_LIMITS.maxDocumentBytes,
    sizeCalculation: documentBytes,
  });
  // A document is kept the second time it is parsed: one sent once (a generated query, a flood)
  // would only push out documents clients repeat, and keeping it costs every later request the
  // garbage collector's time for its objects.
  const seen = seenBefore();
  const documentCache = {
    get: (query: string) => documents.get(query),
    set: (query: string, document: DocumentNode) => {
      if (seen(query)) documents.set(query, document);
    },
    delete: (query: string) => documents.delete(query),
  };
  const errorCache = new LRUCache<string, object>({
    max: DOCUMENT_CACHE_LIMITS.maxErrors,
    maxSize: DOCUMENT_CACHE_LIMITS.maxErrorBytes,
    sizeCalculation: (_error, key) => textBytes(key),
  });
  // Documents that passed validation. The server's schema and rules never change, so a valid
  // document stays valid (Yoga's own cache joins every rule's name into a key on each request).
  const valid = new WeakSet<DocumentNode>();
  const plugin: Plugin = {
    onValidate({ params, setResult }) {
      if (valid.has(params.documentAST)) {
        setResult([]);
        return;
      }
      // parseLean keeps the Source on every node's loc: its body is the cache key.
      const key = params.documentAST.loc?.source.body;
      return ({ result }) => {
        if (result.length === 0) valid.add(params.documentAST);
        else if (key !== undefined) documentCache.delete(key);
      };
    },
  };
  const prepare = (query: string): DocumentNode | undefined => {
    const cached = documentCache.get(query);
    if (cached && valid.has(cached)) return cached;
    if (errorCache.has(query)) return undefined;
    let document = cached;
    if (!document) {
      try {
        document = parseWithLimits(query);
      } catch {
        return undefined;
      }
    }
    if (unsupportedOperation(schema, document) || validateDocument(schema, document, rules).length > 0) return undefined;
    valid.add(document);
    if (!cached) documentCache.set(query, document);
    return document;
  };
  return {
    options: { documentCache, errorCache, validationCache: false },
    plugin,
    prepare,
  };
}
