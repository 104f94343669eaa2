import { enumValues, REGION_KINDS, typenameOf } from '../data';
import { builder } from './builder';
import { Citation } from './citation';
import { connectionFrom } from './connection';
import { FundingSummary } from './funding-summary';
import { CompanyConnection, CompanyRef, RegionConnection, RegionRef } from './refs';

const RegionKind = builder.enumType('RegionKind', {
  description: 'The level of a region in the geographic hierarchy.',
  values: enumValues(REGION_KINDS),
});

builder.node(RegionRef, {
  description: 'A place: a city, country or continent. The hierarchy and ISO codes are reference data.',
  id: { resolve: (r) => r.slug },
  isTypeOf: (value) => typenameOf(value) === 'Region',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable URL-safe key, e.g. "paris".' }),
    name: t.exposeString('name', { description: 'English name, e.g. "France".' }),
    kind: t.field({ type: RegionKind, description: 'City, country or continent.', resolve: (r) => r.kind }),
    isoCode: t.exposeString('isoCode', {
      nullable: true,
      description: 'ISO 3166-1 alpha-2 code for countries, e.g. "FR"; null for other kinds.',
    }),
    parent: t.field({
      type: RegionRef,
      nullable: true,
      description: 'The enclosing region; null for continents.',
      resolve: (r, _args, { store }) => (r.parent ? store.regionBySlug(r.parent) : null),
    }),
    ancestors: t.field({
      type: [RegionRef],
      description: 'Enclosing regions, nearest first.',
      resolve: (r, _args, { store }) => store.regionAncestors(r.slug),
    }),
    children: t.field({
      type: [RegionRef],
      description: 'Regions directly inside this one, by name.',
      resolve: (r, _args, { store }) => store.regionChildren(r.slug),
    }),
    companies: t.connection(
      {
        type: CompanyRef,
        description: 'Companies headquartered in this region or in any region inside it.',
        resolve: (r, args, { store }) => connectionFrom(store.companiesWhere({ region: r.slug }), args),
      },
      CompanyConnection,
    ),
    funding: t.field({
      type: FundingSummary,
      description: 'Funding raised by companies headquartered in this region or inside it.',
      resolve: (r, _args, { store }) => store.fundingSummary({ region: r.slug }),
    }),
    sources: t.field({
      type: [Citation],
      description: 'Passages of articles that mention this region; empty for regions known only from reference data.',
      resolve: (r) => r.sources,
    }),
  }),
});

builder.queryFields((t) => ({
  region: t.field({
    type: RegionRef,
    nullable: true,
    description: 'A region by its slug; null if there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The region\'s slug, e.g. "europe".' }) },
    resolve: (_root, { slug }, { store }) => store.regionBySlug(slug),
  }),
  regions: t.connection(
    {
      type: RegionRef,
      description: 'All regions, by name.',
      args: { kind: t.arg({ type: RegionKind, required: false, description: 'Only regions of this kind.' }) },
      resolve: (_root, args, { store }) => connectionFrom(store.regionsWhere(args.kind), args),
    },
    RegionConnection,
  ),
}));
