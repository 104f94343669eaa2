import { currencies, type RoundFilter, required, type TrancheRecord, typenameOf } from '../data';
import { builder } from './builder';
import { Citation } from './citation';
import { connectionFrom } from './connection';
import { connectionWork } from './cost-marks';
import { badUserInput } from './errors';
import { Decimal, Money } from './money';
import { OrderDirection } from './order';
import { CompanyRef, FundingRoundConnection, FundingRoundRef, InvestmentConnection, InvestmentRef } from './refs';

export const FundingType = builder.enumType('FundingType', {
  description: 'The kind of funding round, as the source names it.',
  values: {
    PRE_SEED: { description: 'Pre-seed round.' },
    SEED: { description: 'Seed round.' },
    SERIES_A: { description: 'Series A.' },
    SERIES_B: { description: 'Series B.' },
    SERIES_C: { description: 'Series C.' },
    SERIES_D: { description: 'Series D.' },
    SERIES_UNKNOWN: { description: 'A lettered series whose letter the source does not give.' },
    CONVERTIBLE_NOTE: { description: 'A round raised as convertible notes.' },
    DEBT_FINANCING: { description: 'A round raised as debt.' },
    CORPORATE_ROUND: { description: 'A round funded by corporations.' },
    PRIVATE_EQUITY: { description: 'A private-equity round.' },
    GRANT: { description: 'A grant.' },
    UNDISCLOSED: { description: 'The source says the type is undisclosed.' },
  },
});

export const Instrument = builder.enumType('Instrument', {
  description: 'The financial instrument an investor used.',
  values: {
    EQUITY: { description: 'Shares in the company.' },
    CONVERTIBLE_DEBT: { description: 'Debt that may convert into shares.' },
    UNSPECIFIED: { description: 'The source does not say.' },
  },
});

const Tranche = builder.objectRef<TrancheRecord>('Tranche').implement({
  description: 'A part of the round with its own instrument and amount, e.g. convertible debt from a group of investors.',
  fields: (t) => ({
    instrument: t.field({ type: Instrument, description: 'The instrument of this part.', resolve: (tr) => tr.instrument }),
    amount: t.field({
      type: Money,
      nullable: true,
      description: 'The amount the investors put in together; null where not stated.',
      resolve: (tr) => tr.amount,
    }),
    investors: t.field({
      type: [CompanyRef],
      description: 'The investors in this part.',
      resolve: (tr, _args, { store }) => store.companiesBySlugs(tr.investors),
    }),
    sources: t.field({ type: [Citation], description: 'The passages that state this part.', resolve: (tr) => tr.sources }),
  }),
});

builder.node(FundingRoundRef, {
  description: 'A funding round: money a company raised, from whom, and on what terms.',
  id: { resolve: (r) => r.id },
  isTypeOf: (value) => typenameOf(value) === 'FundingRound',
  fields: (t) => ({
    label: t.exposeString('label', {
      description: 'A readable name for the round, which sources do not name: "Mistral AI · €450 million".',
    }),
    company: t.field({
      type: CompanyRef,
      description: 'The company that raised the money.',
      resolve: (r, _args, { store }) => required(store.companyBySlug(r.company), 'company', r.company),
    }),
    type: t.field({
      type: FundingType,
      nullable: true,
      description: "Null where no source names the round's type.",
      resolve: (r) => r.type,
    }),
    amount: t.field({
      type: Money,
      nullable: true,
      description: 'Money raised, in the currency the source states.',
      resolve: (r) => r.amount,
    }),
    valuation: t.field({
      type: Money,
      nullable: true,
      description: 'The valuation the round set, in the currency the source states; null where not stated.',
      resolve: (r) => r.valuation,
    }),
    announcedOn: t.exposeString('announcedOn', {
      nullable: true,
      description: 'ISO 8601 date the round was announced; null where no source states it.',
    }),
    leadInvestors: t.field({
      type: [CompanyRef],
      description: 'The investors that led the round.',
      resolve: (r, _args, { store }) => store.companiesBySlugs(r.leadInvestors),
    }),
    tranches: t.field({
      type: [Tranche],
      description: 'A part of the round with its own instrument and amount, e.g. convertible debt from a group of investors.',
      resolve: (r) => r.tranches,
    }),
    investments: t.connection(
      {
        type: InvestmentRef,
        description: "Each investor's participation in this round.",
        resolve: (r, args, { store }) => connectionFrom(store.investmentsByRound(r.id), args),
      },
      InvestmentConnection,
    ),
    sources: t.field({ type: [Citation], description: 'The passages that state facts about this round.', resolve: (r) => r.sources }),
  }),
});

export const FundingRoundFilter = builder.inputType('FundingRoundFilter', {
  description: 'Narrows a list of funding rounds; every given condition must hold.',
  fields: (t) => ({
    company: t.string({ required: false, description: 'Slug of the company that raised.' }),
    investor: t.string({ required: false, description: 'Slug of a participating investor.' }),
    region: t.string({ required: false, description: "Region slug of the raising company's headquarters, sub-regions included." }),
    leadInvestor: t.string({ required: false, description: 'Only rounds in which this company (slug) was a lead investor.' }),
    instrument: t.field({
      type: Instrument,
      required: false,
      description: 'Only rounds with at least one investment or tranche of this instrument.',
    }),
    currency: t.string({ required: false, description: 'Only rounds whose stated amount is in this ISO 4217 currency, e.g. "EUR".' }),
    minAmount: t.field({
      type: Decimal,
      required: false,
      description: "Only rounds whose stated amount is at least this (in the round's own currency; combine with currency).",
    }),
  }),
});

/**
 * The store's filter for a `FundingRoundFilter` argument. An unknown currency code or a negative
 * minimum is a client error (BAD_USER_INPUT), not an empty list; unknown slugs match nothing.
 */
export function roundFilter(filter: RoundFilter | null | undefined): RoundFilter {
  if (!filter) return {};
  if (filter.currency != null && !currencies.has(filter.currency)) {
    throw badUserInput(
      `"currency" must be an ISO 4217 currency code such as "EUR", got ${JSON.stringify(filter.currency.slice(0, 16))}.`,
      'currency',
    );
  }
  if (filter.minAmount != null && filter.minAmount.startsWith('-')) {
    throw badUserInput(`"minAmount" must not be negative, got "${filter.minAmount}".`, 'minAmount');
  }
  return filter;
}

const FundingRoundOrderField = builder.enumType('FundingRoundOrderField', {
  description: 'Fields funding rounds can be ordered by.',
  values: {
    AMOUNT: { description: 'By stated amount; rounds in different currencies are grouped by currency code, rounds with no amount last.' },
    ANNOUNCED_ON: { description: 'By announcement date, undated rounds last.' },
    LABEL: { description: 'By label.' },
  },
});

const FundingRoundOrder = builder.inputType('FundingRoundOrder', {
  description: 'The order of a list of funding rounds; ties are broken by label.',
  fields: (t) => ({
    field: t.field({ type: FundingRoundOrderField, required: true, description: 'The field to order by.' }),
    direction: t.field({ type: OrderDirection, required: true, description: 'Ascending or descending.' }),
  }),
});

builder.queryFields((t) => ({
  fundingRounds: t.connection(
    {
      type: FundingRoundRef,
      description: 'All funding rounds, by label unless `orderBy` says otherwise.',
      extensions: connectionWork('roundFilter'),
      args: {
        filter: t.arg({ type: FundingRoundFilter, required: false, description: 'Only rounds matching every condition.' }),
        orderBy: t.arg({ type: FundingRoundOrder, required: false, description: 'Order of the results; default: label ascending.' }),
      },
      resolve: (_root, args, { store }) => connectionFrom(store.roundsMatching(roundFilter(args.filter), args.orderBy ?? undefined), args),
    },
    FundingRoundConnection,
  ),
}));
