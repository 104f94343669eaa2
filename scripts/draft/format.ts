import { COMPANY_KINDS, FUNDING_TYPES, knownLicenses, knownRegions, MODEL_KINDS } from './dataset';
import type { Place } from './places';

/**
 * What the article-file format accepts, so the writer puts only valid values in data and the
 * rest in comments for the reviewer. TODAY is the format on main now (kinds required and from a
 * short list, places and licenses only as src/data/reference.ts knows them); NEXT is the format
 * the data layer is moving to (kinds optional from the full vocabularies, places as 'City, CC'
 * resolved at build time, any SPDX license). dataset.ts picks the one in force.
 */
export interface AuthoringFormat {
  readonly name: 'today' | 'next';
  /** Whether an article file must state every company's and model's kind. */
  readonly kindRequired: boolean;
  companyKind(kind: string): boolean;
  modelKind(kind: string): boolean;
  fundingType(type: string): boolean;
  /** How a place is written, or null when this format cannot say it yet. */
  place(place: Place): string | null;
  license(spdxId: string): boolean;
}

/** The format on main today. */
export const TODAY: AuthoringFormat = {
  name: 'today',
  kindRequired: true,
  companyKind: (kind) => COMPANY_KINDS.has(kind),
  modelKind: (kind) => MODEL_KINDS.has(kind),
  fundingType: (type) => FUNDING_TYPES.has(type),
  place(place) {
    const regions = knownRegions();
    return (
      regions.get(place.name.toLowerCase()) ??
      (place.country && place.kind === 'country' ? (regions.get(place.country.toLowerCase()) ?? null) : null)
    );
  },
  license: (spdxId) => knownLicenses().has(spdxId),
};

const FULL_COMPANY_KINDS = new Set(
  'STARTUP VENTURE_CAPITAL CORPORATION RESEARCH_LAB PRIVATE_EQUITY ACCELERATOR UNIVERSITY GOVERNMENT BANK SOVEREIGN_WEALTH_FUND ANGEL_INVESTOR FAMILY_OFFICE HEDGE_FUND ASSET_MANAGER NONPROFIT UNSPECIFIED'.split(
    ' ',
  ),
);
const FULL_MODEL_KINDS = new Set(
  'LARGE_LANGUAGE_MODEL MULTIMODAL VISION SPEECH_RECOGNITION SPEECH_SYNTHESIS AUDIO_GENERATION EMBEDDING IMAGE_GENERATION VIDEO_GENERATION CODE ROBOTICS SCIENTIFIC WORLD_MODEL OTHER UNSPECIFIED'.split(
    ' ',
  ),
);
const FULL_FUNDING_TYPES = new Set(
  'PRE_SEED SEED ANGEL SERIES_A SERIES_B SERIES_C SERIES_D SERIES_E SERIES_F SERIES_G SERIES_H SERIES_I SERIES_J SERIES_UNKNOWN CONVERTIBLE_NOTE DEBT_FINANCING CORPORATE_ROUND PRIVATE_EQUITY GRANT EQUITY_CROWDFUNDING PRODUCT_CROWDFUNDING SECONDARY_MARKET POST_IPO_EQUITY POST_IPO_DEBT POST_IPO_SECONDARY NON_EQUITY_ASSISTANCE INITIAL_COIN_OFFERING UNDISCLOSED'.split(
    ' ',
  ),
);

/** The format the shared decisions describe: places by name resolved at build time, full vocabularies, any SPDX id. */
export const NEXT: AuthoringFormat = {
  name: 'next',
  kindRequired: false,
  companyKind: (kind) => FULL_COMPANY_KINDS.has(kind),
  modelKind: (kind) => FULL_MODEL_KINDS.has(kind),
  fundingType: (type) => FULL_FUNDING_TYPES.has(type),
  place: (place) => place.authoring,
  license: () => true,
};
