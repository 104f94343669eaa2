import type { GraphData } from './queries';

export type CompanyKind = GraphData['companies']['nodes'][number]['kind'];
export type NodeType = 'company' | 'round' | 'model' | 'region';
export type LinkType = 'invests' | 'raised' | 'develops' | 'competes' | 'headquarters' | 'within';

/** A node of the drawing: one company, funding round, AI model or region. */
export interface GraphNode {
  readonly id: string;
  readonly type: NodeType;
  readonly label: string;
  /** Companies only. */
  readonly kind?: CompanyKind;
  /** Companies that led at least one round. */
  readonly lead: boolean;
}

/**
 * A link of the drawing. Money links point the way money flows (investor → round → company that
 * raised it), so a left-to-right layout reads as the money's path.
 */
export interface GraphLink {
  readonly id: string;
  readonly type: LinkType;
  readonly source: string;
  readonly target: string;
  /** Invests links of a lead investor. */
  readonly lead: boolean;
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly links: readonly GraphLink[];
  /** Region ID → its parent's ID, for every region the API listed. */
  readonly parentOf: ReadonlyMap<string, string>;
  /** Lists the first page did not hold in full, e.g. "companies (100 of 130)". */
  readonly truncated: readonly string[];
}

export const KIND_LABELS: Record<CompanyKind, string> = {
  STARTUP: 'Startup',
  VENTURE_CAPITAL: 'Venture capital',
  CORPORATION: 'Corporation',
  RESEARCH_LAB: 'Research lab',
  PRIVATE_EQUITY: 'Private equity',
  ACCELERATOR: 'Accelerator',
  UNIVERSITY: 'University',
  GOVERNMENT: 'Government',
  BANK: 'Bank',
  SOVEREIGN_WEALTH_FUND: 'Sovereign wealth fund',
  ANGEL_INVESTOR: 'Angel investors',
  FAMILY_OFFICE: 'Family office',
  HEDGE_FUND: 'Hedge fund',
  ASSET_MANAGER: 'Asset manager',
  NONPROFIT: 'Nonprofit',
  UNSPECIFIED: 'Unspecified',
};

/** A kind's label; a kind the API added after this page was built reads as its value in words. */
export const kindLabel = (kind: string): string =>
  KIND_LABELS[kind as CompanyKind] ?? kind.charAt(0) + kind.slice(1).toLowerCase().replaceAll('_', ' ');

export const TYPE_LABELS: Record<NodeType, string> = {
  company: 'Company',
  round: 'Funding round',
  model: 'AI model',
  region: 'Region',
};

/**
 * The drawing's nodes and links from the one first-view query. Regions appear only where a company
 * has its headquarters, with the regions enclosing them; the rest are reference data with nothing
 * to draw.
 */
export function buildGraph(data: GraphData): Graph {
  const links: GraphLink[] = [];
  const link = (type: LinkType, source: string, target: string, lead = false) =>
    links.push({ id: `${type}:${source}:${target}`, type, source, target, lead });
  const companies = new Set(data.companies.nodes.map((c) => c.id));
  const leads = new Set<string>();

  for (const round of data.fundingRounds.nodes) {
    for (const { lead, investor } of round.investments.nodes) {
      if (!companies.has(investor.id)) continue;
      if (lead) leads.add(investor.id);
      link('invests', investor.id, round.id, lead);
    }
    if (companies.has(round.company.id)) link('raised', round.id, round.company.id);
  }
  for (const model of data.models.nodes) if (companies.has(model.developer.id)) link('develops', model.developer.id, model.id);

  // Each pair once, drawn from the company naming more competitors, so hubs sit left of their rivals.
  const rivals = new Map(data.companies.nodes.map((c) => [c.id, c.competitors.nodes.length]));
  const pairs = new Set<string>();
  for (const company of data.companies.nodes) {
    for (const { id } of company.competitors.nodes) {
      if (!companies.has(id)) continue;
      const key = [company.id, id].sort().join(' ');
      if (pairs.has(key)) continue;
      pairs.add(key);
      const [source, target] = rivals.get(id)! > rivals.get(company.id)! ? [id, company.id] : [company.id, id];
      link('competes', source, target);
    }
  }

  const parentOf = new Map<string, string>();
  for (const region of data.regions.nodes) if (region.parent) parentOf.set(region.id, region.parent.id);
  const drawnRegions = new Set<string>();
  for (const company of data.companies.nodes) {
    if (!company.headquarters) continue;
    link('headquarters', company.id, company.headquarters.id);
    for (let id: string | undefined = company.headquarters.id; id && !drawnRegions.has(id); id = parentOf.get(id)) {
      drawnRegions.add(id);
      const parent = parentOf.get(id);
      if (parent) link('within', id, parent);
    }
  }

  const nodes: GraphNode[] = [
    ...data.companies.nodes.map((c) => ({ id: c.id, type: 'company' as const, label: c.name, kind: c.kind, lead: leads.has(c.id) })),
    ...data.fundingRounds.nodes.map((r) => ({ id: r.id, type: 'round' as const, label: r.label, lead: false })),
    ...data.models.nodes.map((m) => ({ id: m.id, type: 'model' as const, label: m.name, lead: false })),
    ...data.regions.nodes
      .filter((r) => drawnRegions.has(r.id))
      .map((r) => ({ id: r.id, type: 'region' as const, label: r.name, lead: false })),
  ];
  const truncated = (
    [
      ['companies', data.companies],
      ['funding rounds', data.fundingRounds],
      ['AI models', data.models],
      ['regions', data.regions],
    ] as const
  )
    .filter(([, list]) => list.totalCount > list.nodes.length)
    .map(([name, list]) => `${name} (${list.nodes.length} of ${list.totalCount})`);
  return { nodes, links, parentOf, truncated };
}

const LINK_PHRASES: Record<LinkType, [outgoing: string, incoming: string]> = {
  invests: ['invested in', 'investors'],
  raised: ['raised by', 'raised'],
  develops: ['develops', 'developed by'],
  competes: ['competes with', 'competes with'],
  headquarters: ['headquartered in', 'headquarters of'],
  within: ['within', 'contains'],
};

/**
 * One node's links in words, e.g. "led Mistral AI · €450 million; develops Mistral 7B": the text
 * alternative of the drawing.
 */
export function describeLinks(graph: Graph, id: string): string {
  const names = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const groups = new Map<string, string[]>();
  const add = (phrase: string, name: string | undefined) => {
    if (name === undefined) return;
    groups.set(phrase, [...(groups.get(phrase) ?? []), name]);
  };
  for (const l of graph.links) {
    if (l.source === id) add(l.type === 'invests' && l.lead ? 'led' : LINK_PHRASES[l.type][0], names.get(l.target));
    else if (l.target === id) {
      const name = names.get(l.source);
      add(LINK_PHRASES[l.type][1], name && l.type === 'invests' && l.lead ? `${name} (lead)` : name);
    }
  }
  return [...groups].map(([phrase, list]) => `${phrase} ${list.join(', ')}`).join('; ');
}
