import { enumValues, FUNDING_TYPES, INSTRUMENTS, required, type TrancheRecord, typenameOf } from '../data';
import { builder } from './builder';
import { Citation } from './citation';
import { connectionFrom } from './connection';
import { connectionWork } from './cost-marks';
import { DateRange } from './date';
import { roundFilter, whenChecked } from './filters';
import { Decimal, Money } from './money';
import { OrderDirection } from './order';
import { CompanyRef, FundingRoundConnection, FundingRoundRef, InvestmentConnection, InvestmentRef } from './refs';

export const FundingType = builder.enumType('FundingType', {
  description:
    'The kind of funding round, as the source names it. More values may be added: clients must tolerate values they do not know.',
  values: enumValues(FUNDING_TYPES),
});

export const Instrument = builder.enumType('Instrument', {
  description: 'The financial instrument an investor used.',
  values: enumValues(INSTRUMENTS),
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
      description: 'Only rounds whose stated amount is at least this, in `currency` (required with it: amounts are never converted).',
    }),
    types: t.field({
      type: [FundingType],
      required: false,
      description: 'Only rounds of any of these types (at least one); rounds whose type no source names never match.',
    }),
    announcedOn: t.field({
      type: DateRange,
      required: false,
      description: 'Only rounds announced within these dates, both included; undated rounds never match.',
    }),
    valuationCurrency: t.string({
      required: false,
      description: 'Only rounds whose stated valuation is in this ISO 4217 currency, e.g. "USD".',
    }),
    minValuation: t.field({
      type: Decimal,
      required: false,
      description:
        'Only rounds whose stated valuation is at least this, in `valuationCurrency` (required with it: amounts are never converted).',
    }),
  }),
});

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
      resolve: (_root, args, { store }) => {
        const { filter, check } = roundFilter(store, args.filter);
        return whenChecked(check, () => connectionFrom(store.roundsMatching(filter, args.orderBy ?? undefined), args));
      },
    },
    FundingRoundConnection,
  ),
}));
