import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { CompanyKind, Graph, GraphLink, GraphNode, LinkType, NodeType } from './model';

cytoscape.use(dagre);

type Shape = 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'barrel';

/** Colour and shape of each kind of node: shape too, so the legend reads without colour. */
export const NODE_STYLES: Record<CompanyKind | Exclude<NodeType, 'company'>, { color: string; shape: Shape }> = {
  STARTUP: { color: '#2563eb', shape: 'ellipse' },
  VENTURE_CAPITAL: { color: '#15803d', shape: 'ellipse' },
  CORPORATION: { color: '#7c3aed', shape: 'ellipse' },
  RESEARCH_LAB: { color: '#0e7490', shape: 'ellipse' },
  PRIVATE_EQUITY: { color: '#166534', shape: 'round-rectangle' },
  ACCELERATOR: { color: '#0891b2', shape: 'round-rectangle' },
  UNIVERSITY: { color: '#9333ea', shape: 'round-rectangle' },
  GOVERNMENT: { color: '#475569', shape: 'round-rectangle' },
  BANK: { color: '#1e3a8a', shape: 'round-rectangle' },
  SOVEREIGN_WEALTH_FUND: { color: '#854d0e', shape: 'round-rectangle' },
  ANGEL_INVESTOR: { color: '#65a30d', shape: 'round-rectangle' },
  FAMILY_OFFICE: { color: '#a16207', shape: 'round-rectangle' },
  HEDGE_FUND: { color: '#be123c', shape: 'round-rectangle' },
  ASSET_MANAGER: { color: '#4338ca', shape: 'round-rectangle' },
  NONPROFIT: { color: '#0f766e', shape: 'round-rectangle' },
  UNSPECIFIED: { color: '#64748b', shape: 'ellipse' },
  round: { color: '#f59e0b', shape: 'diamond' },
  model: { color: '#db2777', shape: 'barrel' },
  region: { color: '#94a3b8', shape: 'hexagon' },
};

/** Colour and line of each kind of link. */
export const LINK_STYLES: Record<LinkType, { color: string; line: 'solid' | 'dashed' | 'dotted'; label: string }> = {
  invests: { color: '#64748b', line: 'solid', label: 'invested in' },
  raised: { color: '#f59e0b', line: 'solid', label: 'raised (round → company)' },
  develops: { color: '#db2777', line: 'solid', label: 'develops' },
  competes: { color: '#dc2626', line: 'dashed', label: 'competes with' },
  headquarters: { color: '#94a3b8', line: 'dotted', label: 'headquartered in' },
  within: { color: '#cbd5e1', line: 'dotted', label: 'within' },
};

export const LEAD_COLOR = '#d97706';

const stylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': 'system-ui, -apple-system, "Segoe UI", sans-serif',
      'font-size': 13,
      color: '#1f2937',
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '130px',
      'text-background-color': '#f7f8fa',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  // Kinds the API adds later are drawn as companies, in a neutral colour.
  { selector: 'node[type = "company"]', style: { 'background-color': '#64748b', shape: 'ellipse' } },
  ...Object.entries(NODE_STYLES).map(([key, { color, shape }]) => ({
    selector: key === key.toUpperCase() ? `node[kind = "${key}"]` : `node[type = "${key}"]`,
    style: { 'background-color': color, shape },
  })),
  { selector: 'node[type = "round"]', style: { width: 34, height: 34, 'font-weight': 600 } },
  { selector: 'node[type = "region"]', style: { width: 22, height: 22, color: '#475569' } },
  { selector: 'node[?lead]', style: { 'border-width': 5, 'border-color': LEAD_COLOR, width: 34, height: 34, 'font-weight': 700 } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'font-size': 11,
      'text-rotation': 'autorotate',
      'text-background-color': '#f7f8fa',
      'text-background-opacity': 1,
      'text-background-padding': '1px',
    },
  },
  ...Object.entries(LINK_STYLES).map(([type, { color, line }]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': color, 'target-arrow-color': color, 'line-style': line },
  })),
  { selector: 'edge[type = "competes"]', style: { 'target-arrow-shape': 'none', width: 1.5 } },
  { selector: 'edge[type = "within"], edge[type = "headquarters"]', style: { width: 1.5 } },
  {
    selector: 'edge[?lead]',
    style: {
      width: 5,
      'line-color': LEAD_COLOR,
      'target-arrow-color': LEAD_COLOR,
      // Near the investor, clear of the round's own label.
      'source-label': 'lead investor',
      'source-text-offset': 62,
      'source-text-margin-y': -9,
      'source-text-rotation': 'autorotate',
      color: '#92400e',
      'font-weight': 700,
    },
  },
  { selector: '.faded', style: { opacity: 0.15 } },
  { selector: 'node:selected', style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.18, 'overlay-padding': 8 } },
  {
    selector: 'node.focused',
    style: { 'underlay-color': '#2563eb', 'underlay-opacity': 0.22, 'underlay-padding': 10, 'underlay-shape': 'ellipse' },
  },
];

/** Money links weigh most, so investor → round → company lines up straight. */
const weight = (type: LinkType) => (type === 'invests' || type === 'raised' ? 4 : type === 'competes' ? 1 : 2);

/** Left to right on wide screens; top to bottom, tighter, on narrow ones. */
export const layoutOptions = (container: HTMLElement) => {
  const wide = container.clientWidth >= container.clientHeight;
  return {
    name: 'dagre' as const,
    rankDir: wide ? ('LR' as const) : ('TB' as const),
    nodeSep: wide ? 22 : 10,
    rankSep: wide ? 80 : 50,
    edgeSep: 12,
    nodeDimensionsIncludeLabels: true,
    edgeWeight: (edge: cytoscape.EdgeSingular) => weight(edge.data('type')),
    fit: true,
    padding: wide ? 24 : 8,
    animate: false,
  };
};

/** The drawing's elements for the graph's nodes and links, as Cytoscape takes them. */
const elementsOf = (nodes: Iterable<GraphNode>, links: Iterable<GraphLink>) => [
  ...[...nodes].map((n) => ({ group: 'nodes' as const, data: { ...n } })),
  ...[...links].map((l) => ({ group: 'edges' as const, data: { ...l } })),
];

/** Draws the graph into `container` with a layered layout whose labels never overlap. */
export function draw(container: HTMLElement, graph: Graph): Core {
  const layout = layoutOptions(container);
  const cy = cytoscape({
    container,
    elements: elementsOf(graph.nodes.values(), graph.links.values()),
    style: stylesheet,
    layout,
    minZoom: 0.3,
    maxZoom: 2.5,
    boxSelectionEnabled: false,
    autoungrabify: false,
    selectionType: 'single',
  });
  // The narrow layout's short edges have no room for a label; colour, width and the ring remain.
  if (layout.rankDir === 'TB') cy.style().selector('edge[?lead]').style('source-label', '').update();
  return cy;
}

/**
 * Brings the drawing up to date with the graph after new neighbours arrived: adds what it does not
 * hold yet, refreshes the lead rings, and lays everything out again.
 */
export function update(cy: Core, graph: Graph): void {
  const nodes = [...graph.nodes.values()].filter((n) => cy.getElementById(n.id).empty());
  const links = [...graph.links.values()].filter((l) => cy.getElementById(l.id).empty());
  cy.batch(() => {
    cy.add(elementsOf(nodes, links));
    for (const n of graph.nodes.values()) cy.getElementById(n.id).data('lead', n.lead);
  });
  cy.layout(layoutOptions(cy.container()!)).run();
}
