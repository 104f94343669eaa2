import { GraphQLError } from 'graphql';

/** A client error the caller can fix: `extensions.code` is "BAD_USER_INPUT". */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}
