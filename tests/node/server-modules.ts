/**
 * The schema, the cost model, the embedded store and graphql-js as one module graph, for Node tests
 * that load them as Node does (`tsImport`): Pothos and the test then share one copy of graphql-js,
 * and the store and the schema one registry of type names.
 */
export { execute, getOperationAST, Lexer, parse, Source, TokenKind } from 'graphql';
export { createStore, type EmbeddedStore } from '../../src/data/embedded/store';
export { buildDataset } from '../../src/data/sources/dataset';
export { schema } from '../../src/graphql';
export { LIMIT_CODES, LIMITS, operationCost } from '../../src/server/plugins/limits';
