// Own code: graphql-js' printSchema formats SDL (block strings, default values printed from ASTs),
// about 6 ms of an isolate's first response; a fingerprint needs the same content, not its layout.
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
} from 'graphql';

const argument = (arg: GraphQLArgument | GraphQLInputField): string =>
  `${arg.name}:${arg.type}=${JSON.stringify(arg.defaultValue) ?? ''}~${arg.deprecationReason ?? ''}#${arg.description ?? ''}`;

// biome-ignore lint/suspicious/noExplicitAny: any field of any object or interface type.
const field = (f: GraphQLField<any, any>): string =>
  `${f.name}(${f.args.map(argument).join(',')}):${f.type}~${f.deprecationReason ?? ''}#${f.description ?? ''}`;

/**
 * Everything a schema states that its printed SDL states, as one string: each type's kind, name,
 * description, fields with their arguments, types, defaults and deprecations, interfaces, members
 * and values, the directives and the root types. Two schemas that print differently give
 * different strings, so it can version what depends on the schema (ETags) without printing it.
 */
export function schemaContent(schema: GraphQLSchema): string {
  const parts: string[] = [
    `schema#${schema.description ?? ''}:${schema.getQueryType()?.name}/${schema.getMutationType()?.name}/${schema.getSubscriptionType()?.name}`,
  ];
  for (const d of schema.getDirectives()) {
    parts.push(`@${d.name}(${d.args.map(argument).join(',')})${d.isRepeatable}:${d.locations.join('|')}#${d.description ?? ''}`);
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const head = `${type.name}#${type.description ?? ''}`;
    if (isObjectType(type) || isInterfaceType(type)) {
      const kind = isObjectType(type) ? 'type' : 'interface';
      const fields = Object.values(type.getFields()).map(field);
      parts.push(`${kind} ${head} implements ${type.getInterfaces().map((i) => i.name)}{${fields.join(';')}}`);
    } else if (isUnionType(type)) {
      parts.push(`union ${head}=${type.getTypes().map((t) => t.name)}`);
    } else if (isEnumType(type)) {
      const values = type.getValues().map((v) => `${v.name}~${v.deprecationReason ?? ''}#${v.description ?? ''}`);
      parts.push(`enum ${head}{${values.join(';')}}`);
    } else if (isInputObjectType(type)) {
      parts.push(`input ${head}${type.isOneOf ? '@oneOf' : ''}{${Object.values(type.getFields()).map(argument).join(';')}}`);
    } else if (isScalarType(type)) {
      parts.push(`scalar ${head}@${type.specifiedByURL ?? ''}`);
    }
  }
  return parts.join('\n');
}
