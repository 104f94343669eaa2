import { examples } from './examples';
import { explorerDocuments } from './explorer';
import { recipeDocuments } from './recipes';

/** The text of the example named `name` (src/documents/examples.ts); a name that is not there fails at load. */
function example(name: string): string {
  const found = examples.find((e) => e.name === name);
  if (!found) throw new Error(`No example named ${JSON.stringify(name)} in src/documents/examples.ts.`);
  return found.query;
}

/**
 * The trusted documents: operations every client may send as their SHA-256 hash alone (Apollo's
 * persisted-query protocol), known from the first request of every isolate: every example query,
 * the explorer's documents and the browser recipes' document, each pinned to its hash. Clients persist these hashes, so a
 * pinned document never changes: tests/persisted.test.ts checks each hash against its text (an
 * edited example fails there), and that every example is pinned. To change an example, add the
 * new one with its own pin and keep the old text pinned here as a literal.
 */
export const trustedDocuments: ReadonlyMap<string, string> = new Map([
  ['a51b06c7b7c032f955dd23232c3abef988c5cbf95c4b7d6eec6d3051d6aea819', example("Mistral AI's round")],
  ['bff1b969453c649e9c4a8063ba0732ee6aef56c991725bde5979c3f141110107', example('Model and license')],
  ['802bdf260ce82fd35d7937dc80e1348ba55292f11ff476494b351243249b7ca4', example('Companies in Europe')],
  ['6edd6aa63a5b95d37e7759dfa6436f1f0877f024153e4579d1d12172b98325bb', example('Search')],
  ['114921c40c4bbfd40260ab95018e6df9807f70f50c7b58313df758d90223d936', example('Citations')],
  ['81979e1fd7de6460a25218e84147767e7e209d5551df920f1537c965b56a4a93', explorerDocuments.ExplorerGraph],
  ['da1621af2464a0d9e4d2711d96844d03b97d6b594c7fb7197db611decc8b4efb', explorerDocuments.ExplorerFilter],
  ['b862ceb4ef57ae406997c9db7e27a3d0c4f7dfb7b8b76490a2495e2737e13403', explorerDocuments.ExplorerSearch],
  ['35b19b9b6d603ca1d889adc2706b63628d3a0cf0a6d02c8af767664922d2925e', explorerDocuments.ExplorerNode],
  ['7618a46b7b09e84fda40eae086f8f437c9528a5155a9c97d9d9bb508f2f7f1a4', example('Investors and co-investors')],
  ['3a8e6d83abc31a72ef8e09a02a6fcfbc7163039f4a1f3a327e556e28f9f187d5', example('Funding by region')],
  ['d8f625f8c293635e2af99da34562cc1996650d97270b1239bf903e7d240a9e0f', example('Largest rounds')],
  ['14ad529009a5a0ab9d531f68c8e05f4d1dbd6f180816eb77502b9979d4258629', explorerDocuments.ExplorerStart],
  ['a169421e609fb2ed36048b185fa7d5fa88db2633a3c493e2bda7ca7e257d81e2', explorerDocuments.ExplorerNeighbourhood],
  ['27a17153aec16089aebbfb5f157ea842082e066fc1d019f4ba9620421f6f305b', explorerDocuments.ExplorerEntity],
  ['e39c23231081b9d98e5a9d16ee3008566e2b6a1399f2d543b8081ef127ffbeaa', explorerDocuments.ExplorerRegions],
  ['09d0d5fa517d235c751b2a04e2b0ff345fde09c91243926785228ae45fda03cb', recipeDocuments.RecipeCompanyRounds],
]);
