import { GraphQLError, Kind } from 'graphql';
import { formatMoney, type MoneyRecord } from '../data';
import { builder } from './builder';

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;

const parseDecimal = (value: unknown): string => {
  if (typeof value === 'string' && value.length <= 64 && DECIMAL.test(value)) return value;
  throw new GraphQLError('Decimal must be a string of digits with an optional sign and fraction, e.g. "450000000".', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
};

export const Decimal = builder.scalarType('Decimal', {
  description: 'An exact decimal number serialized as a string, e.g. "450000000". Never a float.',
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const Money = builder.objectRef<MoneyRecord>('Money').implement({
  description: 'An exact amount of money in the currency the source states.',
  fields: (t) => ({
    amount: t.field({
      type: Decimal,
      description: 'Exact amount in major units, e.g. "450000000" for 450 million.',
      resolve: (m) => m.amount,
    }),
    currency: t.exposeString('currency', { description: 'ISO 4217 currency code, e.g. "EUR".' }),
    display: t.string({
      description: 'Human-readable form for display, e.g. "€450 million".',
      resolve: (m) => formatMoney(m),
    }),
  }),
});
