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

export const CompanyConnection = builder.connectionObject(
  { type: CompanyRef, name: 'CompanyConnection', description: 'A page of companies, with cursors and the total count.' },
  { name: 'CompanyEdge', description: 'A company in a connection, with its cursor.' },
);
export const FundingRoundConnection = builder.connectionObject(
  { type: FundingRoundRef, name: 'FundingRoundConnection', description: 'A page of funding rounds, with cursors and the total count.' },
  { name: 'FundingRoundEdge', description: 'A funding round in a connection, with its cursor.' },
);
export const InvestmentConnection = builder.connectionObject(
  { type: InvestmentRef, name: 'InvestmentConnection', description: 'A page of investments, with cursors and the total count.' },
  { name: 'InvestmentEdge', description: 'An investment in a connection, with its cursor.' },
);
export const AIModelConnection = builder.connectionObject(
  { type: AIModelRef, name: 'AIModelConnection', description: 'A page of AI models, with cursors and the total count.' },
  { name: 'AIModelEdge', description: 'An AI model in a connection, with its cursor.' },
);
export const RegionConnection = builder.connectionObject(
  { type: RegionRef, name: 'RegionConnection', description: 'A page of regions, with cursors and the total count.' },
  { name: 'RegionEdge', description: 'A region in a connection, with its cursor.' },
);
export const ArticleConnection = builder.connectionObject(
  { type: ArticleRef, name: 'ArticleConnection', description: 'A page of articles, with cursors and the total count.' },
  { name: 'ArticleEdge', description: 'An article in a connection, with its cursor.' },
);
