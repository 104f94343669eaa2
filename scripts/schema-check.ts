/**
 * The schema contract guard. `npm run schema:check` (part of `npm test`):
 * 1. schema/schema.graphql must be exactly what the code produces (`npm run schema:print` fixes it);
 * 2. against schema/released.graphql, the schema last released to frontends, no breaking change
 *    (graphql-inspector's criticality) is allowed, except removing what that release already marked
 *    `@deprecated`: a field, argument, input field or enum value, and a type only such members used.
 *    A new enum value is no warning: clients must tolerate values they do not know (docs/frontend.md).
 * `npm run schema:release` runs the check, then records the current schema as released.
 * Options: --committed <file>, --released <file> (for trying a modified copy).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Change, ChangeType, CriticalityLevel, diff, type Rule } from '@graphql-inspector/core';
import {
  buildSchema,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  printSchema,
} from 'graphql';

/** What the guard found: `problems` fail the check, `warnings` are shown for review. */
export interface SchemaCheckResult {
  readonly problems: string[];
  readonly warnings: string[];
}

const isDeprecated = (member: { deprecationReason?: string | null } | undefined) => member?.deprecationReason != null;

/** Every field, argument and input field of `schema` whose type is `typeName`, with whether it is deprecated. */
function referencesTo(schema: GraphQLSchema, typeName: string) {
  const refs: { owner: string; deprecated: boolean }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === typeName) refs.push({ owner: type.name, deprecated: isDeprecated(field) });
        for (const arg of field.args) {
          if (getNamedType(arg.type).name === typeName)
            refs.push({ owner: type.name, deprecated: isDeprecated(field) || isDeprecated(arg) });
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === typeName) refs.push({ owner: type.name, deprecated: isDeprecated(field) });
      }
    }
  }
  return refs;
}

/** True when the released schema had already deprecated what this breaking change removes. */
function deprecatedFirst(change: Change, released: GraphQLSchema, current: GraphQLSchema): boolean {
  const [typeName = '', member = '', arg = ''] = change.path?.split('.') ?? [];
  const type = released.getType(typeName);
  switch (change.type) {
    case ChangeType.FieldRemoved:
      return (isObjectType(type) || isInterfaceType(type)) && isDeprecated(type.getFields()[member]);
    case ChangeType.FieldArgumentRemoved: {
      if (!isObjectType(type) && !isInterfaceType(type)) return false;
      const field = type.getFields()[member];
      return isDeprecated(field?.args.find((a) => a.name === arg));
    }
    case ChangeType.InputFieldRemoved:
      return isInputObjectType(type) && isDeprecated(type.getFields()[member]);
    case ChangeType.EnumValueRemoved:
      return isEnumType(type) && isDeprecated(type.getValue(member) ?? undefined);
    case ChangeType.TypeRemoved:
      // References from types that are gone too are judged by those types' own removal.
      return (
        ![released.getQueryType(), released.getMutationType(), released.getSubscriptionType()].some((root) => root?.name === typeName) &&
        referencesTo(released, typeName).every((ref) => ref.deprecated || current.getType(ref.owner) === undefined)
      );
    default:
      return false;
  }
}

/** graphql-inspector rule: a breaking removal of something deprecated in the release becomes dangerous. */
const allowDeprecatedRemovals: Rule = ({ changes, oldSchema, newSchema }) =>
  changes.map((change) =>
    change.criticality.level === CriticalityLevel.Breaking && oldSchema && newSchema && deprecatedFirst(change, oldSchema, newSchema)
      ? {
          ...change,
          criticality: { ...change.criticality, level: CriticalityLevel.Dangerous },
          message: `${change.message} (deprecated in the released schema, so allowed)`,
        }
      : change,
  );

const asSchema = (schema: GraphQLSchema | string) => (typeof schema === 'string' ? buildSchema(schema) : schema);

/**
 * Compares the schema the code produces with the committed SDL and with the released SDL.
 * @param code the schema the code produces (src/graphql `sortedSchema`), or its SDL
 * @param committed the text of schema/schema.graphql
 * @param released the text of schema/released.graphql
 */
export async function checkSchema({
  code,
  committed,
  released,
}: {
  code: GraphQLSchema | string;
  committed: string;
  released: string;
}): Promise<SchemaCheckResult> {
  const current = asSchema(code);
  const problems: string[] = [];
  const warnings: string[] = [];

  if (committed !== `${printSchema(current)}\n`) {
    const changes = await diff(buildSchema(committed), current);
    const detail = changes.length ? changes.map((c) => `  - ${c.message}`).join('\n') : '  - (formatting or order only)';
    problems.push(`schema/schema.graphql is not what the code produces; run \`npm run schema:print\` and commit it:\n${detail}`);
  }

  for (const change of await diff(buildSchema(released), current, [allowDeprecatedRemovals])) {
    if (change.criticality.level === CriticalityLevel.Breaking) {
      problems.push(
        `Breaking change against schema/released.graphql: ${change.message}${change.criticality.reason ? ` (${change.criticality.reason})` : ''}`,
      );
    } else if (change.criticality.level === CriticalityLevel.Dangerous && change.type !== ChangeType.EnumValueAdded) {
      // A new enum value is an addition clients must tolerate (docs/frontend.md): not worth a warning.
      warnings.push(`Dangerous change against schema/released.graphql: ${change.message}`);
    }
  }
  return { problems, warnings };
}

async function main(args: string[]) {
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? resolve(args[i + 1]!) : fallback;
  };
  const root = new URL('..', import.meta.url).pathname;
  const committedPath = option('--committed', resolve(root, 'schema/schema.graphql'));
  const releasedPath = option('--released', resolve(root, 'schema/released.graphql'));
  const { sortedSchema } = await import('../src/graphql');

  const result = await checkSchema({
    code: sortedSchema(),
    committed: readFileSync(committedPath, 'utf8'),
    released: readFileSync(releasedPath, 'utf8'),
  });
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  for (const problem of result.problems) console.error(`error: ${problem}`);
  if (result.problems.length) {
    console.error(
      `schema:check failed with ${result.problems.length} problem(s). Deprecation policy: mark a field \`@deprecated(reason: …)\`, ` +
        'release, and remove it only in a later release (see README, "Use it from a frontend").',
    );
    process.exit(1);
  }
  if (args.includes('--release')) {
    writeFileSync(releasedPath, `${printSchema(sortedSchema())}\n`);
    console.log(`schema:check passed; ${releasedPath} now holds the released schema: commit it.`);
  } else {
    console.log(
      `schema:check passed: the code's schema matches schema/schema.graphql and keeps every promise of schema/released.graphql (${result.warnings.length} warning(s)).`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
