import type { CompanyNeighbourhoodData, CompanyNodeData, NeighbourhoodData } from './queries';

export type CompanyKind = CompanyNodeData['kind'];
export type NodeType = 'company' | 'round' | 'model' | 'region';
export type LinkType = 'invests' | 'raised' | 'develops' | 'competes' | 'headquarters' | 'within';

/** A node of the drawing: one company, funding round, AI model or region. */
export interface GraphNode {
  readonly id: string;
  readonly type: NodeType;
  readonly label: string;
  /** Companies only. */
  readonly kind?: CompanyKind;
  /** Companies only: the ID of the region of its headquarters, when a source states it. */
  readonly headquarters?: string;
  /** Companies that led at least one round drawn. */
  lead: boolean;
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

/** A region as the explorer knows it, drawn or not: the Region filter's options. */
export interface RegionInfo {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  /** Enclosing regions' IDs, nearest first, once the API has said (undefined until then). */
  ancestors?: readonly string[];
}

/**
 * What the explorer holds: the nodes and links drawn so far (neighbourhoods the API sent, merged),
 * the regions it knows of, the nodes whose neighbourhood it has drawn, and the lists the API cut
 * to their first page.
 */
export interface Graph {
  readonly nodes: Map<string, GraphNode>;
  readonly links: Map<string, GraphLink>;
  readonly regions: Map<string, RegionInfo>;
  readonly expanded: Set<string>;
  /** e.g. "rounds raised by Mistral AI (15 of 40)". */
  readonly cut: string[];
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

/** An empty graph. */
export const createGraph = (): Graph => ({ nodes: new Map(), links: new Map(), regions: new Map(), expanded: new Set(), cut: [] });

type RegionData = { id: string; slug: string; name: string };

/** Adds what `data` says about a company (a node of the drawing, its headquarters as known region). */
function addCompany(graph: Graph, data: CompanyNodeData): string {
  if (!graph.nodes.has(data.id)) {
    const node: GraphNode = {
      id: data.id,
      type: 'company',
      label: data.name,
      kind: data.kind,
      headquarters: data.headquarters?.id,
      lead: false,
    };
    graph.nodes.set(data.id, node);
  }
  if (data.headquarters) knowRegion(graph, data.headquarters);
  return data.id;
}

/** Records a region the explorer knows of (a Region filter option), with the regions enclosing it when the API said. */
export function knowRegion(graph: Graph, region: RegionData, ancestors?: readonly RegionData[]): void {
  const known = graph.regions.get(region.id);
  const info = known ?? { id: region.id, slug: region.slug, name: region.name };
  if (ancestors) {
    info.ancestors = ancestors.map((a) => a.id);
    for (const [i, a] of ancestors.entries()) knowRegion(graph, a, ancestors.slice(i + 1));
  }
  graph.regions.set(region.id, info);
}

function addNode(graph: Graph, id: string, type: NodeType, label: string): string {
  if (!graph.nodes.has(id)) graph.nodes.set(id, { id, type, label, lead: false });
  return id;
}

function link(graph: Graph, type: LinkType, source: string, target: string, lead = false): void {
  const id = `${type}:${source}:${target}`;
  if (!graph.links.has(id) && !graph.links.has(`${type}:${target}:${source}`)) graph.links.set(id, { id, type, source, target, lead });
  if (lead) graph.nodes.get(source)!.lead = true;
}

/** Draws a region and the regions enclosing it, each linked to its parent. */
function drawRegion(graph: Graph, region: RegionData, ancestors: readonly RegionData[]): string {
  knowRegion(graph, region, ancestors);
  const chain = [region, ...ancestors];
  chain.forEach((r, i) => {
    addNode(graph, r.id, 'region', r.name);
    if (i > 0) link(graph, 'within', chain[i - 1]!.id, r.id);
  });
  return region.id;
}

/** Notes a list the API cut to its first page. */
function noteCut(graph: Graph, what: string, list: { totalCount: number; nodes: readonly unknown[] }): void {
  if (list.totalCount > list.nodes.length) graph.cut.push(`${what} (${list.nodes.length} of ${list.totalCount})`);
}

function addCompanyNeighbourhood(graph: Graph, c: CompanyNeighbourhoodData): void {
  const id = addCompany(graph, c);
  if (c.headquarters) link(graph, 'headquarters', id, drawRegion(graph, c.headquarters, c.headquarters.ancestors));
  for (const round of c.fundingRounds.nodes) {
    addNode(graph, round.id, 'round', round.label);
    link(graph, 'raised', round.id, addCompany(graph, round.company));
    for (const i of round.investments.nodes) link(graph, 'invests', addCompany(graph, i.investor), round.id, i.lead);
    noteCut(graph, `investors in ${round.label}`, round.investments);
  }
  for (const { lead, round } of c.investments.nodes) {
    addNode(graph, round.id, 'round', round.label);
    link(graph, 'invests', id, round.id, lead);
    link(graph, 'raised', round.id, addCompany(graph, round.company));
  }
  for (const model of c.models.nodes) link(graph, 'develops', id, addNode(graph, model.id, 'model', model.name));
  for (const rival of c.competitors.nodes) link(graph, 'competes', id, addCompany(graph, rival));
  noteCut(graph, `rounds raised by ${c.name}`, c.fundingRounds);
  noteCut(graph, `rounds ${c.name} invested in`, c.investments);
  noteCut(graph, `competitors of ${c.name}`, c.competitors);
  noteCut(graph, `models of ${c.name}`, c.models);
}

/**
 * Merges a neighbourhood the API sent (`ExplorerStart`'s company, or `ExplorerNeighbourhood`'s
 * node) into `graph`, marks its centre as expanded, and returns the IDs of the nodes it added.
 */
export function addNeighbourhood(graph: Graph, data: NeighbourhoodData | CompanyNeighbourhoodData): string[] {
  const before = new Set(graph.nodes.keys());
  const node = data as NeighbourhoodData;
  if (!('__typename' in data) || node.__typename === 'Company') {
    addCompanyNeighbourhood(graph, data as CompanyNeighbourhoodData);
  } else if (node.__typename === 'FundingRound') {
    addNode(graph, node.id, 'round', node.label);
    link(graph, 'raised', node.id, addCompany(graph, node.company));
    for (const i of node.roundInvestments.nodes) link(graph, 'invests', addCompany(graph, i.investor), node.id, i.lead);
    noteCut(graph, `investors in ${node.label}`, node.roundInvestments);
  } else if (node.__typename === 'AIModel') {
    addNode(graph, node.id, 'model', node.name);
    const developer = addCompany(graph, node.developer);
    for (const model of node.developer.models.nodes) link(graph, 'develops', developer, addNode(graph, model.id, 'model', model.name));
  } else if (node.__typename === 'Region') {
    const region = drawRegion(graph, node, node.ancestors);
    for (const company of node.companies.nodes) link(graph, 'headquarters', addCompany(graph, company), region);
    noteCut(graph, `companies in ${node.name}`, node.companies);
  }
  graph.expanded.add(data.id);
  return [...graph.nodes.keys()].filter((id) => !before.has(id));
}

/** The region filter's test: the company is headquartered in `region` or in a region inside it, as far as the explorer knows. */
export function headquarteredIn(graph: Graph, company: GraphNode, region: string): boolean {
  if (!company.headquarters) return false;
  return company.headquarters === region || (graph.regions.get(company.headquarters)?.ancestors?.includes(region) ?? false);
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
  const groups = new Map<string, string[]>();
  const add = (phrase: string, name: string | undefined) => {
    if (name === undefined) return;
    groups.set(phrase, [...(groups.get(phrase) ?? []), name]);
  };
  const nameOf = (nodeId: string) => graph.nodes.get(nodeId)?.label;
  for (const l of order([...graph.links.values()])) {
    if (l.source === id) add(l.type === 'invests' && l.lead ? 'led' : LINK_PHRASES[l.type][0], nameOf(l.target));
    else if (l.target === id) {
      const name = nameOf(l.source);
      add(LINK_PHRASES[l.type][1], name && l.type === 'invests' && l.lead ? `${name} (lead)` : name);
    }
  }
  for (const list of groups.values()) list.sort((a, b) => a.localeCompare(b));
  return [...groups].map(([phrase, list]) => `${phrase} ${list.join(', ')}`).join('; ');
}

const TYPE_ORDER: LinkType[] = ['invests', 'raised', 'develops', 'competes', 'headquarters', 'within'];
/** Links in the order their phrases read best: money first, then models, rivals, places. */
const order = (links: readonly GraphLink[]) => [...links].sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
