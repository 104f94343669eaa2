import ids from 'spdx-license-list/spdx-simple.json';

/**
 * Every SPDX license identifier, from spdx-license-list: the licenses a filter may name, whether
 * or not a model in the dataset is released under one (the dataset holds only those that are).
 */
export const spdxIds: readonly string[] = ids;
