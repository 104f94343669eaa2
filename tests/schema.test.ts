import {
  buildClientSchema,
  buildSchema,
  findBreakingChanges,
  getIntrospectionQuery,
  type IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import committed from '../schema/schema.graphql?raw';
import { sortedSchema } from '../src/graphql';
import contract from './fixtures/contract.graphql?raw';
import { gql } from './helpers';

const served = async () => buildClientSchema(await gql<IntrospectionQuery>(getIntrospectionQuery({ descriptions: true })));

describe('the served schema', () => {
  it('contains the whole published contract with compatible types', async () => {
    const changes = findBreakingChanges(buildSchema(contract), await served());
    expect(changes.map((c) => c.description)).toEqual([]);
  });

  it('is what schema/schema.graphql says (run `npm run schema:print` after a change)', async () => {
    expect(committed).toBe(`${printSchema(sortedSchema())}\n`);
    expect(printSchema(lexicographicSortSchema(await served()))).toBe(printSchema(sortedSchema()));
  });

  it('describes every type, field, argument, enum value and input field', async () => {
    const schema = await served();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) if (!field.description) missing.push(`${type.name}.${field.name}`);
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('reports a contract field that went missing (the guard itself can fail)', () => {
    const broken = buildSchema(contract.replace(/\n\s*"Human-readable form[^\n]*\n\s*display: String!/, ''));
    expect(findBreakingChanges(buildSchema(contract), broken).map((c) => c.description)).toContain('Money.display was removed.');
  });
});
