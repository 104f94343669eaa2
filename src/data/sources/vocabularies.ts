/**
 * The enum vocabularies of article files and of the API, each value with its description: the
 * record types (records.ts), the GraphQL enums (src/graphql/) and the generated reference of
 * docs/adding-an-article.md all read them from here. Values are only ever added, never renamed
 * or removed, so clients that tolerate new enum values keep working.
 */

/** Round types: Crunchbase's funding types. */
export const FUNDING_TYPES = {
  PRE_SEED: 'Pre-seed round.',
  SEED: 'Seed round.',
  ANGEL: 'A round funded by individual angel investors.',
  SERIES_A: 'Series A.',
  SERIES_B: 'Series B.',
  SERIES_C: 'Series C.',
  SERIES_D: 'Series D.',
  SERIES_E: 'Series E.',
  SERIES_F: 'Series F.',
  SERIES_G: 'Series G.',
  SERIES_H: 'Series H.',
  SERIES_I: 'Series I.',
  SERIES_J: 'Series J.',
  SERIES_UNKNOWN: 'A lettered series whose letter the source does not give.',
  CONVERTIBLE_NOTE: 'A round raised as convertible notes.',
  DEBT_FINANCING: 'A round raised as debt.',
  CORPORATE_ROUND: 'A round funded by corporations.',
  PRIVATE_EQUITY: 'A private-equity round.',
  GRANT: 'A grant.',
  EQUITY_CROWDFUNDING: 'Shares sold to many small investors through a crowdfunding platform.',
  PRODUCT_CROWDFUNDING: 'Money raised by pre-selling a product to backers.',
  SECONDARY_MARKET: 'Existing shares sold by their holders to new investors; the company raises nothing.',
  POST_IPO_EQUITY: 'Shares sold by a company that is already listed.',
  POST_IPO_DEBT: 'Debt raised by a company that is already listed.',
  POST_IPO_SECONDARY: 'Listed shares sold by their holders in a block.',
  NON_EQUITY_ASSISTANCE: 'Support without money for shares, e.g. an accelerator place.',
  INITIAL_COIN_OFFERING: 'Tokens sold to the public.',
  UNDISCLOSED: 'The source says the type is undisclosed.',
} as const;

/** Kinds of organisation. */
export const COMPANY_KINDS = {
  STARTUP: 'A young, venture-funded company.',
  VENTURE_CAPITAL: 'A firm that invests in startups.',
  CORPORATION: 'An established company, or a division of one.',
  RESEARCH_LAB: 'An organisation whose main work is AI research.',
  PRIVATE_EQUITY: 'A private-equity firm.',
  ACCELERATOR: 'An accelerator or incubator.',
  UNIVERSITY: 'A university or other academic institution.',
  GOVERNMENT: 'A government or one of its agencies or public funds.',
  BANK: 'A bank.',
  SOVEREIGN_WEALTH_FUND: 'A state-owned investment fund.',
  ANGEL_INVESTOR: 'An angel group or network.',
  FAMILY_OFFICE: "A firm that invests one family's wealth.",
  HEDGE_FUND: 'A hedge fund.',
  ASSET_MANAGER: "A firm that invests its clients' money.",
  NONPROFIT: 'A nonprofit organisation or foundation.',
  UNSPECIFIED: 'No source says what kind of organisation it is.',
} as const;

/** Kinds of AI model. */
export const MODEL_KINDS = {
  LARGE_LANGUAGE_MODEL: 'A large language model (LLM).',
  MULTIMODAL: 'A model that takes or produces several media, e.g. text and images.',
  VISION: 'A computer-vision model: it understands images or video.',
  SPEECH_RECOGNITION: 'A speech-to-text model.',
  SPEECH_SYNTHESIS: 'A text-to-speech or voice model.',
  AUDIO_GENERATION: 'A model that generates music or other audio.',
  EMBEDDING: 'A model that turns text or media into vectors for search.',
  IMAGE_GENERATION: 'A model that generates images.',
  VIDEO_GENERATION: 'A model that generates video.',
  CODE: 'A model made for writing or understanding code.',
  ROBOTICS: 'A model that controls robots.',
  SCIENTIFIC: 'A model for science: proteins, weather, materials and the like.',
  WORLD_MODEL: 'A model that simulates an environment.',
  OTHER: 'The sources name a kind no other value covers.',
  UNSPECIFIED: 'No source says what kind of model it is.',
} as const;

/** Financial instruments of an investment or tranche. */
export const INSTRUMENTS = {
  EQUITY: 'Shares in the company.',
  CONVERTIBLE_DEBT: 'Debt that may convert into shares.',
  UNSPECIFIED: 'The source does not say.',
} as const;

/** Levels of the region hierarchy. */
export const REGION_KINDS = {
  CITY: 'A city.',
  COUNTRY: 'A country.',
  CONTINENT: 'A continent.',
} as const;

/** The vocabularies by GraphQL enum name, for the generated reference. */
export const VOCABULARIES = {
  FundingType: FUNDING_TYPES,
  CompanyKind: COMPANY_KINDS,
  ModelKind: MODEL_KINDS,
  Instrument: INSTRUMENTS,
  RegionKind: REGION_KINDS,
} as const;

/** Pothos enum values with descriptions, from a vocabulary. */
export const enumValues = <K extends string>(vocabulary: Readonly<Record<K, string>>): Record<K, { description: string }> =>
  Object.fromEntries(Object.entries<string>(vocabulary).map(([value, description]) => [value, { description }])) as Record<
    K,
    { description: string }
  >;
