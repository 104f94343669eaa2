import { COMPANY_KINDS, type CoInvestor, enumValues, mapMaybe, typenameOf } from '../data';
import { builder } from './builder';
import { Citation } from './citation';
import { connectionFrom } from './connection';
import { listSize } from './cost-marks';
import { companyFilter, whenChecked } from './filters';
import { Money } from './money';
import { OrderDirection } from './order';
import {
  AIModelConnection,
  AIModelRef,
  CompanyConnection,
  CompanyRef,
  FundingRoundConnection,
  FundingRoundRef,
  InvestmentConnection,
  InvestmentRef,
  RegionRef,
} from './refs';

const CoInvestorConnection = builder.connectionObject(
  {
    type: CompanyRef,
    name: 'CoInvestorConnection',
    description: 'A page of co-investors, with cursors and the total count.',
  },
  {
    name: 'CoInvestorEdge',
    description: 'A co-investor in a connection, with its cursor and the rounds both companies invested in.',
    fields: (t) => ({
      sharedRounds: t.field({
        type: [FundingRoundRef],
        description: 'The rounds both companies invested in.',
        // Two prolific investors share hundreds of rounds: priced as fifty, not as a short list.
        extensions: listSize(50),
        resolve: (edge) => (edge as unknown as { sharedRounds: CoInvestor['sharedRounds'] }).sharedRounds,
      }),
    }),
  },
);

export const CompanyKind = builder.enumType('CompanyKind', {
  description: 'What sort of organisation a company is. More values may be added: clients must tolerate values they do not know.',
  values: enumValues(COMPANY_KINDS),
});

builder.node(CompanyRef, {
  description: 'A company: one that raises money, invests it, builds AI models, or competes.',
  id: { resolve: (c) => c.slug },
  isTypeOf: (value) => typenameOf(value) === 'Company',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable URL-safe key, e.g. "mistral-ai".' }),
    name: t.exposeString('name', { description: 'The name the source uses, e.g. "Mistral AI".' }),
    kind: t.field({ type: CompanyKind, description: 'What sort of organisation this is.', resolve: (c) => c.kind }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names it goes by, e.g. "a16z"; common-knowledge aliases are reference data.',
    }),
    description: t.exposeString('description', { nullable: true, description: 'A one-line summary of what the sources say.' }),
    headquarters: t.field({
      type: RegionRef,
      nullable: true,
      description: 'Null where no source states it.',
      resolve: (c, _args, { store }) => (c.headquarters ? store.regionBySlug(c.headquarters) : null),
    }),
    industries: t.exposeStringList('industries', {
      description: 'Industries the sources say its impact extends to, e.g. "healthcare".',
    }),
    fundingRounds: t.connection(
      {
        type: FundingRoundRef,
        description: 'Rounds in which this company raised money.',
        resolve: (c, args, { store }) => connectionFrom(store.roundsByCompany(c.slug), args),
      },
      FundingRoundConnection,
    ),
    investments: t.connection(
      {
        type: InvestmentRef,
        description: "This company's participations as an investor.",
        resolve: (c, args, { store }) => connectionFrom(store.investmentsByInvestor(c.slug), args),
      },
      InvestmentConnection,
    ),
    models: t.connection(
      {
        type: AIModelRef,
        description: 'Models this company develops.',
        resolve: (c, args, { store }) => connectionFrom(store.modelsByDeveloper(c.slug), args),
      },
      AIModelConnection,
    ),
    competitors: t.connection(
      {
        type: CompanyRef,
        description: 'Companies a source names as its competitors (either way round).',
        resolve: (c, args, { store }) => connectionFrom(store.competitorsOf(c), args),
      },
      CompanyConnection,
    ),
    investors: t.connection(
      {
        type: CompanyRef,
        description: 'Distinct companies that invested in any round this company raised: leads first, then by name.',
        resolve: (c, args, { store }) => connectionFrom(store.investorsOf(c.slug), args),
      },
      CompanyConnection,
    ),
    totalRaised: t.field({
      type: [Money],
      description:
        "Money raised across this company's rounds, one entry per currency, largest first. A tranche is part of its round and is not added again.",
      resolve: (c, _args, { store }) => store.totalRaisedBy(c.slug),
    }),
    coInvestors: t.connection(
      {
        type: CompanyRef,
        description:
          'Companies that invested in at least one round that this company also invested in, most shared rounds first, then by name.',
        resolve: (c, args, { store }) =>
          mapMaybe(connectionFrom(store.coInvestorsOf(c.slug), args), (page) => ({
            ...page,
            edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.company, sharedRounds: node.sharedRounds })),
          })),
      },
      CoInvestorConnection,
    ),
    sources: t.field({ type: [Citation], description: 'The passages that state facts about this company.', resolve: (c) => c.sources }),
  }),
});

const CompanyFilter = builder.inputType('CompanyFilter', {
  description: 'Narrows a list of companies; every given condition must hold.',
  fields: (t) => ({
    kind: t.field({ type: CompanyKind, required: false, description: 'Only companies of this kind.' }),
    region: t.string({ required: false, description: 'Region slug: companies headquartered in that region or inside it.' }),
  }),
});

const CompanyOrderField = builder.enumType('CompanyOrderField', {
  description: 'Fields companies can be ordered by.',
  values: { NAME: { description: 'Alphabetically by name.' } },
});

const CompanyOrder = builder.inputType('CompanyOrder', {
  description: 'The order of a list of companies.',
  fields: (t) => ({
    field: t.field({ type: CompanyOrderField, required: true, description: 'The field to order by.' }),
    direction: t.field({ type: OrderDirection, required: true, description: 'Ascending or descending.' }),
  }),
});

builder.queryFields((t) => ({
  company: t.field({
    type: CompanyRef,
    nullable: true,
    description: 'A company by its slug; null if there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The company\'s slug, e.g. "mistral-ai".' }) },
    resolve: (_root, { slug }, { store }) => store.companyBySlug(slug),
  }),
  companies: t.connection(
    {
      type: CompanyRef,
      description: 'All companies, by name unless `orderBy` says otherwise.',
      args: {
        filter: t.arg({ type: CompanyFilter, required: false, description: 'Only companies matching every condition.' }),
        orderBy: t.arg({ type: CompanyOrder, required: false, description: 'Order of the results; default: name ascending.' }),
      },
      resolve: (_root, args, { store }) => {
        const { filter, check } = companyFilter(store, args.filter);
        return whenChecked(check, () => connectionFrom(store.companiesWhere(filter, args.orderBy?.direction === 'DESC'), args));
      },
    },
    CompanyConnection,
  ),
}));
