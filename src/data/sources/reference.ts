import type { LicenseRecord, RegionRecord } from './records';

/**
 * Common reference data, not taken from an article and so never cited: the region hierarchy
 * (Paris is in France, France in Europe) with ISO 3166-1 alpha-2 codes, and SPDX licenses.
 */
export const regions: readonly RegionRecord[] = [
  { slug: 'europe', name: 'Europe', kind: 'CONTINENT', isoCode: null, parent: null, aliases: ['European'] },
  { slug: 'asia', name: 'Asia', kind: 'CONTINENT', isoCode: null, parent: null, aliases: [] },
  { slug: 'north-america', name: 'North America', kind: 'CONTINENT', isoCode: null, parent: null, aliases: [] },
  { slug: 'france', name: 'France', kind: 'COUNTRY', isoCode: 'FR', parent: 'europe', aliases: [] },
  {
    slug: 'united-states',
    name: 'United States',
    kind: 'COUNTRY',
    isoCode: 'US',
    parent: 'north-america',
    aliases: ['US', 'USA', 'United States of America'],
  },
  { slug: 'paris', name: 'Paris', kind: 'CITY', isoCode: null, parent: 'france', aliases: [] },
];

/** SPDX licenses; `openSource` is true for OSI-approved ones. */
export const licenses: readonly LicenseRecord[] = [{ spdxId: 'Apache-2.0', name: 'Apache License 2.0', openSource: true }];

/** ISO 4217 active currency codes (the list maintained by SIX on behalf of ISO). */
export const currencies: ReadonlySet<string> = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP ' +
    'GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW ' +
    'KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN ' +
    'NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS ' +
    'SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND ' +
    'VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG'
  ).split(' '),
);
