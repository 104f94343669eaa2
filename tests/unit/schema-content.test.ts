import { buildSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaContent } from '../../src/lib/schema-content';

const BASE = `
"""The root."""
type Query {
  "A thing by id."
  thing(id: ID!, "How many." first: Int = 10): Thing
  old: String @deprecated(reason: "Use thing.")
}
"A thing."
type Thing implements Node { id: ID! kind: Kind name: String }
interface Node { id: ID! }
enum Kind { A B @deprecated(reason: "Gone.") }
union Any = Thing
input Filter { kind: Kind = A, name: String }
scalar Date @specifiedBy(url: "https://example.com/date")
directive @tag(name: String!) repeatable on FIELD_DEFINITION
`;

/** Each edit changes what the printed SDL says, so each must change the content string. */
const EDITS: Record<string, [string, string]> = {
  'a type description': ['"A thing."', '"A thing, renamed."'],
  'a field description': ['"A thing by id."', '"A thing by its id."'],
  'an argument description': ['"How many."', '"How many at most."'],
  'an argument default': ['first: Int = 10', 'first: Int = 20'],
  'an argument type': ['first: Int = 10', 'first: Float = 10'],
  'a field type': ['name: String }', 'name: String! }'],
  'a field added': ['name: String }', 'name: String size: Int }'],
  'a deprecation reason': ['reason: "Use thing."', 'reason: "Use thing(id:)."'],
  'an enum value deprecated': ['enum Kind { A B', 'enum Kind { A @deprecated B'],
  'an interface dropped': ['implements Node ', ''],
  'a union member': ['union Any = Thing', 'union Any = Query | Thing'],
  'an input default': ['kind: Kind = A', 'kind: Kind = B'],
  'a scalar URL': ['example.com/date', 'example.com/dates'],
  'a directive location': ['on FIELD_DEFINITION', 'on FIELD_DEFINITION | OBJECT'],
};

describe('the schema content that versions ETags', () => {
  it('is the same for the same schema built twice', () => {
    expect(schemaContent(buildSchema(BASE))).toBe(schemaContent(buildSchema(BASE)));
  });

  for (const [change, [from, to]] of Object.entries(EDITS)) {
    it(`changes with ${change}`, () => {
      expect(BASE).toContain(from);
      const edited = buildSchema(BASE.replace(from, to));
      expect(printSchema(edited)).not.toBe(printSchema(buildSchema(BASE)));
      expect(schemaContent(edited)).not.toBe(schemaContent(buildSchema(BASE)));
    });
  }
});
