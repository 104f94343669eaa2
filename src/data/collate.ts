/** Same order as `localeCompare(…, 'en')`, without building a collator per comparison. */
export const compareEn = new Intl.Collator('en').compare;
