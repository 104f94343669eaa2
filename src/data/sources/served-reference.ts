import type { ReferenceData } from '../model';
import generated from './reference.generated.json';

/**
 * The reference data of the served articles: only the regions and licenses they name, written
 * into reference.generated.json by `npm run build:reference` (which every build, start, test and
 * deploy runs first) from the reference packages, so the packages add nothing else to the Worker.
 */
export const servedReference = generated as unknown as ReferenceData & { readonly places: Readonly<Record<string, string>> };
