import type { ObjectRef } from '@pothos/core';
import type { AIModel, Article, Company, FundingRound, Investment, Region } from '../data';
import { builder } from './builder';

// Object refs and the shared connection types are declared here, apart from the files that
// implement them, so that type files can refer to each other without import-order traps.

export const CompanyRef = builder.objectRef<Company>('Company');
export const FundingRoundRef = builder.objectRef<FundingRound>('FundingRound');
export const InvestmentRef = builder.objectRef<Investment>('Investment');
export const AIModelRef = builder.objectRef<AIModel>('AIModel');
export const RegionRef = builder.objectRef<Region>('Region');
export const ArticleRef = builder.objectRef<Article>('Article');

/** The schema types of the served builder. */
type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * The connection and edge types of a list of `ref` items, `<Name>Connection` and `<Name>Edge`,
 * described with `items` (plural) and `item` (with its article): "A page of companies, …".
 */
function connectionOf<T>(ref: ObjectRef<BuilderTypes, T>, items: string, item: string) {
  return builder.connectionObject(
    { type: ref, name: `${ref.name}Connection`, description: `A page of ${items}, with cursors and the total count.` },
    { name: `${ref.name}Edge`, description: `${item} in a connection, with its cursor.` },
  );
}

export const CompanyConnection = connectionOf<Company>(CompanyRef, 'companies', 'A company');
export const FundingRoundConnection = connectionOf<FundingRound>(FundingRoundRef, 'funding rounds', 'A funding round');
export const InvestmentConnection = connectionOf<Investment>(InvestmentRef, 'investments', 'An investment');
export const AIModelConnection = connectionOf<AIModel>(AIModelRef, 'AI models', 'An AI model');
export const RegionConnection = connectionOf<Region>(RegionRef, 'regions', 'A region');
export const ArticleConnection = connectionOf<Article>(ArticleRef, 'articles', 'An article');
