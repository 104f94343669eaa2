import { enumValues, type License as LicenseShape, MODEL_KINDS, required, typenameOf } from '../data';
import { builder } from './builder';
import { Citation } from './citation';
import { connectionFrom } from './connection';
import { modelFilter, whenChecked } from './filters';
import { Decimal } from './money';
import { AIModelConnection, AIModelRef, CompanyRef } from './refs';

export const ModelKind = builder.enumType('ModelKind', {
  description: 'What sort of AI model this is. More values may be added: clients must tolerate values they do not know.',
  values: enumValues(MODEL_KINDS),
});

const License = builder.objectRef<LicenseShape>('License').implement({
  description: 'A software license, from SPDX reference data.',
  fields: (t) => ({
    spdxId: t.exposeString('spdxId', { description: 'SPDX identifier, e.g. "Apache-2.0".' }),
    name: t.exposeString('name', { description: 'Full name, e.g. "Apache License 2.0".' }),
    openSource: t.exposeBoolean('openSource', { description: 'True for OSI-approved open-source licenses.' }),
  }),
});

builder.node(AIModelRef, {
  description: 'An AI model a company develops.',
  id: { resolve: (m) => m.slug },
  isTypeOf: (value) => typenameOf(value) === 'AIModel',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable URL-safe key, e.g. "mistral-7b".' }),
    name: t.exposeString('name', { description: 'The name the source uses, e.g. "Mistral 7B".' }),
    kind: t.field({ type: ModelKind, description: 'What sort of model this is.', resolve: (m) => m.kind }),
    description: t.exposeString('description', { nullable: true, description: 'A one-line summary of what the sources say.' }),
    developer: t.field({
      type: CompanyRef,
      description: 'The company that develops it.',
      resolve: (m, _args, { store }) => required(store.companyBySlug(m.developer), 'company', m.developer),
    }),
    license: t.field({
      type: License,
      nullable: true,
      description: 'The license it is released under; null where not stated.',
      resolve: (m, _args, { store }) => (m.license ? store.licenseBySpdxId(m.license) : null),
    }),
    parameterCount: t.field({
      type: Decimal,
      nullable: true,
      description: 'Number of parameters; null where no source states it.',
      resolve: (m) => m.parameterCount,
    }),
    sources: t.field({ type: [Citation], description: 'The passages that state facts about this model.', resolve: (m) => m.sources }),
  }),
});

const ModelFilter = builder.inputType('ModelFilter', {
  description: 'Narrows a list of AI models; every given condition must hold.',
  fields: (t) => ({
    kind: t.field({ type: ModelKind, required: false, description: 'Only models of this kind.' }),
    license: t.string({
      required: false,
      description:
        'Only models released under this license, by SPDX id, e.g. "Apache-2.0"; models whose license is not stated never match.',
    }),
    openSource: t.boolean({
      required: false,
      description:
        'True: only models under an OSI-approved license. False: only models under a stated license that is not OSI-approved. Models whose license is not stated match neither.',
    }),
  }),
});

builder.queryFields((t) => ({
  model: t.field({
    type: AIModelRef,
    nullable: true,
    description: 'An AI model by its slug; null if there is none.',
    args: { slug: t.arg.string({ required: true, description: 'The model\'s slug, e.g. "mistral-7b".' }) },
    resolve: (_root, { slug }, { store }) => store.modelBySlug(slug),
  }),
  models: t.connection(
    {
      type: AIModelRef,
      description: 'All AI models, by name.',
      args: { filter: t.arg({ type: ModelFilter, required: false, description: 'Only models matching every condition.' }) },
      resolve: (_root, args, { store }) => {
        const { filter, check } = modelFilter(store, args.filter);
        return whenChecked(check, () => connectionFrom(store.modelsWhere(filter), args));
      },
    },
    AIModelConnection,
  ),
}));
