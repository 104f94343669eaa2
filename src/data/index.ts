/**
 * The data layer's one public entry: the served entities' types, the `Store` contract resolvers
 * read through, and the store, dataset version and article count a request's bindings select.
 * Nothing here builds data at import: the embedded store is built on first use (in the Worker,
 * by the isolate's first GraphQL request). Tooling (the article checks, the D1 seed,
 * tests and benchmarks) imports the modules it needs from src/data/sources/, embedded/ and d1/.
 */

export type { ListView } from './list-view';
export type {
  AIModel,
  Article,
  ArticleCitation,
  CoInvestor,
  Company,
  CompanyFilter,
  DatasetSummary,
  DateRange,
  Entity,
  FundingRound,
  FundingSummary,
  Investment,
  License,
  ModelFilter,
  ReferenceData,
  Region,
  RoundFilter,
  RoundOrder,
  SearchableEntity,
} from './model';
export { formatMoney } from './money';
export type {
  CitationRecord,
  CompanyKind,
  FundingType,
  Instrument,
  ModelKind,
  MoneyRecord,
  RegionKind,
  TrancheRecord,
} from './sources/records';
export { currencies } from './sources/reference';
export { COMPANY_KINDS, enumValues, FUNDING_TYPES, INSTRUMENTS, MODEL_KINDS, REGION_KINDS } from './sources/vocabularies';
export {
  type Listing,
  type MaybePromise,
  MissingRecordError,
  mapMaybe,
  type PagedList,
  required,
  type SluggedType,
  type Store,
} from './store';
export { articleCountFor, type DataBindings, datasetVersionFor, storeFor } from './store-for';
export { type NodeTypename, typenameOf } from './typenames';
