import { required, typenameOf } from '../data';
import { builder } from './builder';
import { Citation } from './citation';
import { Instrument } from './funding-round';
import { Money } from './money';
import { CompanyRef, FundingRoundRef, InvestmentRef } from './refs';

builder.node(InvestmentRef, {
  description: "One investor's participation in one round.",
  id: { resolve: (i) => i.id },
  isTypeOf: (value) => typenameOf(value) === 'Investment',
  fields: (t) => ({
    round: t.field({
      type: FundingRoundRef,
      description: 'The round invested in.',
      resolve: (i, _args, { store }) => required(store.roundById(i.round), 'round', i.round),
    }),
    investor: t.field({
      type: CompanyRef,
      description: 'The investor.',
      resolve: (i, _args, { store }) => required(store.companyBySlug(i.investor), 'company', i.investor),
    }),
    lead: t.exposeBoolean('lead', { description: 'True when this investor led the round.' }),
    instrument: t.field({ type: Instrument, description: 'The instrument this investor used.', resolve: (i) => i.instrument }),
    amount: t.field({
      type: Money,
      nullable: true,
      description: "This investor's own amount; null unless a source states it (a tranche's total is never split).",
      resolve: (i) => i.amount,
    }),
    sources: t.field({ type: [Citation], description: 'The passages that state this participation.', resolve: (i) => i.sources }),
  }),
});
