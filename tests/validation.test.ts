import { type ASTVisitor, buildSchema, type GraphQLError, parse, specifiedRules, type ValidationContext, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { examples } from '../src/documents/examples';
import { explorerDocuments } from '../src/documents/explorer';
import { schema } from '../src/graphql';
import { QueryShapeLimitsRule } from '../src/server/plugins/limits';
import { SupportedVariableNamesRule } from '../src/server/plugins/operation-rules';
import { validationRules } from '../src/server/plugins/validation';
import { validateDocument } from '../src/server/validation';

/** Everything an error says, in order: its message, where and why. */
const said = (errors: readonly GraphQLError[]) => errors.map((e) => ({ ...e.toJSON(), nodes: e.nodes?.map((n) => n.loc?.start) }));

const rules = validationRules([QueryShapeLimitsRule, SupportedVariableNamesRule]);

/** Documents that break one rule or many, each different from the served examples. */
const invalid: Record<string, string> = {
  'unknown field, with a suggestion': '{ compny(slug: "x") { name } }',
  'unknown argument': '{ company(slg: "x") { name } }',
  'missing required argument': '{ company { name } }',
  'wrong literal type': '{ company(slug: 12) { name } }',
  'unknown type of a variable': 'query Q($s: Slug!) { company(slug: $s) { name } }',
  'unused and undefined variables': 'query Q($unused: String) { company(slug: $missing) { name } }',
  'variable in a position of another type': 'query Q($n: Int) { company(slug: $n) { name } }',
  'non-input type for a variable': 'query Q($c: Company) { __typename }',
  'duplicate variables': 'query Q($a: String, $a: String) { company(slug: $a) { name } }',
  'unused fragment': 'query Q { __typename } fragment F on Company { name }',
  'unknown fragment': '{ company(slug: "x") { ...Nope } }',
  'fragment cycle': 'query Q { company(slug: "x") { ...A } } fragment A on Company { ...B } fragment B on Company { ...A }',
  'fragment on an impossible type': '{ company(slug: "x") { ... on AIModel { name } } }',
  'fragment on a scalar': '{ company(slug: "x") { ... on String { length } } }',
  'conflicting fields under one name': '{ company(slug: "x") { name: slug name } }',
  'conflicting arguments under one name': '{ c: company(slug: "a") { name } c: company(slug: "b") { name } }',
  'duplicate operation names': 'query A { __typename } query A { __typename }',
  'anonymous operation among others': '{ __typename } query B { __typename }',
  'unknown directive': '{ company(slug: "x") @cached { name } }',
  'directive in the wrong place': 'query Q @include(if: true) { __typename }',
  'repeated directive': '{ __typename @skip(if: false) @skip(if: true) }',
  'directive without its argument': '{ __typename @include }',
  'leaf with a selection': '{ company(slug: "x") { name { length } } }',
  'object without a selection': '{ company(slug: "x") }',
  'duplicate arguments': '{ company(slug: "a", slug: "b") { name } }',
  'unknown input field and duplicates': '{ companies(filter: { region: "x", region: "y", nope: 1 }) { totalCount } }',
  'type-system definitions in a query': 'type Foo { bar: Baz } query Q { __typename }',
  'a description on an operation': '"Described" query Described { company(slug: 1) { name } }',
  'deep introspection': '{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }',
  'too deep for the depth limit': `{ ${'company(slug: "x") { fundingRounds { nodes { company { '.repeat(3)}name${' } } } }'.repeat(3)} }`,
  'too many aliases': `{ ${Array.from({ length: 60 }, (_, i) => `x${i}: __typename`).join(' ')} }`,
  'a variable named __proto__': 'query Q($__proto__: String) { company(slug: $__proto__) { name } }',
  'an undefined variable in a fragment two operations spread, defined after them':
    'query A($slug: String!) { company(slug: $slug) { ...F } } query B { company(slug: "x") { ...F } } fragment F on Company { fundingRounds(first: $n) { totalCount } }',
  'a variable of the wrong type in a fragment defined before its operation':
    'fragment G on Company { fundingRounds(first: $n) { totalCount } } query C($n: String) { company(slug: "x") { ...G } }',
  'a variable of the wrong type inside an input object': 'query Q($r: Int) { companies(filter: { region: $r }) { totalCount } }',
  'an undefined variable in a directive, beside a defined one with a default':
    'query Q($ok: Boolean = true) { __typename @include(if: $ok) @skip(if: $nope) }',
  'a field of a union asked for directly': '{ search(query: "x") { nodes { name } } }',
  'over a hundred errors': `{ ${Array.from({ length: 120 }, (_, i) => `nope${i}`).join(' ')} }`,
};

describe('validateDocument', () => {
  it('reports what graphql-js validate reports, in the same order, for documents that break rules', () => {
    for (const [name, source] of Object.entries(invalid)) {
      const document = parse(source);
      const expected = validate(schema, document, rules);
      expect(expected.length, name).toBeGreaterThan(0);
      expect(said(validateDocument(schema, document, rules)), name).toEqual(said(expected));
    }
  });

  it('accepts every example and explorer document, as graphql-js does', () => {
    for (const source of [...examples.map((e) => e.query), ...Object.values(explorerDocuments)]) {
      const document = parse(source);
      expect(validate(schema, document, rules)).toEqual([]);
      expect(validateDocument(schema, document, rules)).toEqual([]);
    }
  });

  it('places variables in one-of input objects as graphql-js does (the type around a variable counts)', () => {
    const oneOf = buildSchema('input Pick @oneOf { a: Int b: String } type Query { f(p: Pick): Int g(p: Pick): Int }');
    const document = parse('query Q($a: Int, $b: String!) { f(p: { a: $a }) ...G } fragment G on Query { g(p: { b: $b }) }');
    const expected = validate(oneOf, document);
    expect(expected.map((e) => e.message)).toEqual([
      'Variable "$a" is of type "Int" but must be non-nullable to be used for OneOf Input Object "Pick".',
    ]);
    expect(said(validateDocument(oneOf, document))).toEqual(said(expected));
  });

  it('gives each rule the key, parent, path and ancestors graphql-js gives it, and honours a rule that skips a subtree', () => {
    const seen = (record: string[]) => (): ASTVisitor => ({
      enter(node, key, parent, path, ancestors) {
        record.push(
          `${node.kind} ${String(key)} ${Array.isArray(parent) ? 'array' : (parent as { kind?: string })?.kind} ${path.join('.')} ${ancestors.length}`,
        );
        // A rule that returns false skips the node's subtree, for itself only.
        return node.kind === 'InlineFragment' ? false : undefined;
      },
      leave(node) {
        record.push(`leave ${node.kind}`);
      },
    });
    const document = parse('query Q($f: Int = 2) { companies(first: $f) { nodes { ... on Company { name } name @skip(if: false) } } }');
    const [ours, theirs] = [[], []] as [string[], string[]];
    validateDocument(schema, document, [...specifiedRules, seen(ours) as (c: ValidationContext) => ASTVisitor]);
    validate(schema, document, [...specifiedRules, seen(theirs) as (c: ValidationContext) => ASTVisitor]);
    expect(ours).toEqual(theirs);
    expect(ours.filter((line) => line.startsWith('Field ')).length).toBeGreaterThan(2);
  });
});
