import type { DatasetSummary } from '../data';
import { builder } from './builder';

const Dataset = builder.objectRef<DatasetSummary>('Dataset').implement({
  description: 'What the served dataset holds, counted: it grows as articles are added, so read the counts here rather than assuming them.',
  fields: (t) => ({
    version: t.exposeString('version', { description: 'The dataset version, as `/health` reports it and ETags carry it.' }),
    articleCount: t.exposeInt('articleCount', { description: 'How many articles the facts come from.' }),
    companyCount: t.exposeInt('companyCount', { description: 'How many companies, of every kind.' }),
    fundingRoundCount: t.exposeInt('fundingRoundCount', { description: 'How many funding rounds.' }),
    investmentCount: t.exposeInt('investmentCount', { description: "How many investments (one investor's part in one round)." }),
    modelCount: t.exposeInt('modelCount', { description: 'How many AI models.' }),
    regionCount: t.exposeInt('regionCount', { description: 'How many regions: those articles name and the regions enclosing them.' }),
    licenseCount: t.exposeInt('licenseCount', { description: 'How many licenses models are released under.' }),
    citationCount: t.exposeInt('citationCount', {
      description: 'How many citations, counted as `Article.citations` lists them (a passage once per fact it supports).',
    }),
  }),
});

builder.queryFields((t) => ({
  dataset: t.field({
    type: Dataset,
    description: 'What the served dataset holds: counts of every kind of record, and its version.',
    resolve: (_root, _args, { store }) => store.datasetSummary(),
  }),
}));
