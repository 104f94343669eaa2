import type { DocumentNode } from 'graphql';
import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { nodeCountOf } from '../lean-document';

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

/**
 * Yoga's parse and validation caches, bounded by bytes as well as by count (Yoga's defaults are
 * 1,024 entries of any size), and a plugin that drops a document from the cache once it fails
 * validation (limits included), so that only documents that can run stay cached, and remembers
 * which documents passed validation (a WeakSet), so that mark goes with the document.
 */
export function documentCaches(): {
  readonly options: NonNullable<YogaServerOptions<object, object>['parserAndValidationCache']>;
  readonly plugin: Plugin;
} {
  const documentCache = new LRUCache<string, DocumentNode>({
    max: DOCUMENT_CACHE_LIMITS.maxDocuments,
    maxSize: DOCUMENT_CACHE_LIMITS.maxDocumentBytes,
    sizeCalculation: documentBytes,
  });
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
  return {
    options: { documentCache, errorCache, validationCache: false },
    plugin,
  };
}
