import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (2024-02-29 is one, 2023-02-29 is not). */
function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const parseDate = (value: unknown): string => {
  if (typeof value === 'string' && isCalendarDate(value)) return value;
  const got = typeof value === 'string' ? `"${value.slice(0, 32)}"` : 'a value that is not a string';
  throw new GraphQLError(`Date must be an ISO 8601 calendar date "YYYY-MM-DD", e.g. "2024-06-11"; got ${got}.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
};

export const DateScalar = builder.scalarType('Date', {
  description: 'An ISO 8601 calendar date, "YYYY-MM-DD", e.g. "2024-06-11".',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DateRange = builder.inputType('DateRange', {
  description: 'Dates from `from` to `to`, both included; give either bound alone for an open range.',
  fields: (t) => ({
    from: t.field({ type: DateScalar, required: false, description: 'The earliest date included.' }),
    to: t.field({ type: DateScalar, required: false, description: 'The latest date included.' }),
  }),
});
