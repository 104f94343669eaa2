// The explorer's page script: one request draws a bounded neighbourhood (of the company with the
// largest round, or of the node in the URL's `node` parameter); search, the side panel and
// "Draw its neighbours" each ask the API again, with the typed client's cacheable persisted-query
// GETs. Nothing here ever asks for the whole graph.
import type { Core, NodeSingular } from 'cytoscape';
import { createClient } from '../src/client';
import { h } from './dom';
import { draw, LEAD_COLOR, LINK_STYLES, NODE_STYLES, update } from './drawing';
import {
  addNeighbourhood,
  type CompanyKind,
  createGraph,
  describeLinks,
  type Graph,
  headquarteredIn,
  KIND_LABELS,
  kindLabel,
  knowRegion,
  type NodeType,
  TYPE_LABELS,
} from './model';
import { renderPanel } from './panel';
import { ExplorerEntity, ExplorerNeighbourhood, ExplorerRegions, ExplorerSearch, ExplorerStart, isDrawn, type NodeData } from './queries';

const request = createClient({ url: new URL('/graphql', location.href).href, persisted: true });
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
/** Past this many nodes the drawing stops growing: search or reload to start from another node. */
const MAX_NODES = 600;

const status = byId('status');
const say = (message: string, error = false) => {
  status.textContent = message;
  status.classList.toggle('error', error);
};
const failure = (error: unknown) => say(`Could not reach the API: ${error instanceof Error ? error.message : String(error)}`, true);

function renderLegend() {
  const item = (className: string, color: string, label: string, border?: string) => {
    const swatch = h('i', { class: className, 'aria-hidden': 'true' });
    if (className.startsWith('line')) swatch.style.borderTopColor = color;
    else swatch.style.backgroundColor = color;
    if (border) swatch.style.borderColor = border;
    return h('span', {}, swatch, label);
  };
  byId('legend').replaceChildren(
    h('span', { class: 'visually-hidden' }, 'Legend:'),
    ...(Object.keys(KIND_LABELS) as CompanyKind[]).map((kind) => item(NODE_STYLES[kind].shape, NODE_STYLES[kind].color, kindLabel(kind))),
    ...(['round', 'model', 'region'] as const).map((type) => item(NODE_STYLES[type].shape, NODE_STYLES[type].color, TYPE_LABELS[type])),
    item('ellipse', '#ffffff', 'Lead investor', LEAD_COLOR),
    item('line thick', LEAD_COLOR, 'led'),
    ...Object.values(LINK_STYLES).map(({ color, line, label }) => item(`line ${line}`, color, label)),
  );
}

const GROUPS: [NodeType, string, singular: string, plural: string][] = [
  ['company', 'Companies', 'company', 'companies'],
  ['round', 'Funding rounds', 'funding round', 'funding rounds'],
  ['model', 'AI models', 'AI model', 'AI models'],
  ['region', 'Regions', 'region', 'regions'],
];

/** The text alternative and keyboard route: every node drawn as a button, with its links in words. */
function renderList(graph: Graph, open: (id: string) => void) {
  const nodes = [...graph.nodes.values()];
  byId('list').replaceChildren(
    ...GROUPS.filter(([type]) => nodes.some((n) => n.type === type)).map(([type, heading]) =>
      h(
        'section',
        {},
        h('h3', {}, heading),
        h(
          'ul',
          {},
          nodes
            .filter((n) => n.type === type)
            .map((n) => {
              const button = h('button', { type: 'button', 'data-id': n.id }, n.label);
              button.addEventListener('click', () => open(n.id));
              const kind = n.kind ? ` (${kindLabel(n.kind).toLowerCase()}${n.lead ? ', lead investor' : ''})` : '';
              const links = describeLinks(graph, n.id);
              return h('li', { 'data-id': n.id }, button, kind, links ? `: ${links}` : '');
            }),
        ),
      ),
    ),
  );
}

/** Region options as a tree (Europe › France › Paris), for the regions the explorer knows; the choice is kept. */
function fillRegions(graph: Graph) {
  const select = byId<HTMLSelectElement>('region');
  const chosen = select.value;
  const regions = [...graph.regions.values()];
  const parentOf = (id: string) => graph.regions.get(id)?.ancestors?.[0] ?? null;
  const add = (parent: string | null, depth: number): HTMLOptionElement[] =>
    regions
      .filter((r) => parentOf(r.id) === parent)
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((r) => [
        h('option', { value: r.slug, 'data-id': r.id }, '\u00a0\u00a0\u00a0'.repeat(depth) + r.name),
        ...add(r.id, depth + 1),
      ]);
  select.replaceChildren(h('option', { value: '' }, 'Everywhere'), ...add(null, 0));
  select.value = chosen;
}

/** Fades everything the companies the filter keeps have no part in; null keeps everything. */
function applyFilter(cy: Core, graph: Graph, keep: ReadonlySet<string> | null) {
  const kept = new Set<string>(keep ?? []);
  if (keep) {
    for (const l of graph.links.values()) {
      if ((l.type === 'invests' || l.type === 'develops') && keep.has(l.source)) kept.add(l.target);
      if (l.type === 'raised' && keep.has(l.target)) kept.add(l.source);
      if (l.type === 'headquarters' && keep.has(l.source)) {
        kept.add(l.target);
        for (const id of graph.regions.get(l.target)?.ancestors ?? []) kept.add(id);
      }
    }
  }
  const faded = (id: string) => keep !== null && !kept.has(id);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('faded', faded(node.id()));
    });
    cy.edges().forEach((edge) => {
      edge.toggleClass('faded', faded(edge.data('source')) || faded(edge.data('target')));
    });
  });
  for (const li of byId('list').querySelectorAll<HTMLElement>('li[data-id]')) li.hidden = faded(li.dataset.id!);
}

/** The first view's neighbourhood: the node the URL names, else the company that raised the largest round. */
async function firstNeighbourhood() {
  const focus = new URLSearchParams(location.search).get('node');
  if (focus) return (await request(ExplorerNeighbourhood, { id: focus })).node;
  return (await request(ExplorerStart)).fundingRounds.nodes[0]?.company ?? null;
}

async function main() {
  const graph = createGraph();
  const start = await firstNeighbourhood();
  if (!start) {
    say('The API holds nothing to draw from here.');
    return;
  }
  addNeighbourhood(graph, start);
  const cy = draw(byId('graph'), graph);
  performance.mark('explorer-first-view');
  renderLegend();
  for (const [value, label] of Object.entries(KIND_LABELS)) byId<HTMLSelectElement>('kind').append(h('option', { value }, label));
  fillRegions(graph);

  const details = new Map<string, Promise<NodeData | null>>();
  const panelTitle = byId('panel-title');
  const panelBody = byId('panel-body');
  let current: string | undefined;

  const idle = () => {
    const counts = GROUPS.map(([type, , singular, plural]) => {
      const count = [...graph.nodes.values()].filter((n) => n.type === type).length;
      return `${count} ${count === 1 ? singular : plural}`;
    });
    const cut = graph.cut.length ? ` Showing the first page of ${graph.cut.join(', ')}.` : '';
    return `${counts.join(', ')}. Select any of them for facts and sources; “Draw its neighbours” adds theirs.${cut}`;
  };

  /** Draws the neighbours of `id` (its neighbourhood from the API); false when the drawing is full. */
  const expand = async (id: string): Promise<boolean> => {
    if (graph.expanded.has(id)) return true;
    if (graph.nodes.size >= MAX_NODES) {
      say(`The drawing holds ${graph.nodes.size} nodes, its most: search for a name, or reload the page, to start from another.`);
      return false;
    }
    const { node } = await request(ExplorerNeighbourhood, { id });
    if (!node) return false;
    const added = addNeighbourhood(graph, node);
    update(cy, graph);
    renderList(graph, (nodeId) => void open(nodeId, { center: true, focusPanel: true }));
    fillRegions(graph);
    await onFilter();
    say(`${added.length} more nodes around ${graph.nodes.get(id)?.label ?? 'it'}. ${idle()}`);
    return true;
  };

  /** Highlights a node in the drawing and the list (drawing it first when needed), and shows its details in the panel. */
  async function open(id: string, { center = false, focusPanel = false } = {}) {
    if (cy.getElementById(id).empty() && !(await expand(id))) return;
    const node = cy.getElementById(id) as NodeSingular;
    current = id;
    cy.nodes('.focused').removeClass('focused');
    cy.nodes().unselect();
    node.addClass('focused').select();
    if (center) cy.animate({ center: { eles: node } }, { duration: 250 });
    for (const button of byId('list').querySelectorAll('button[data-id]')) {
      button.setAttribute('aria-current', String(button.getAttribute('data-id') === id));
    }
    panelTitle.textContent = node.data('label');
    panelBody.replaceChildren(h('p', {}, 'Loading…'));
    if (focusPanel) panelTitle.focus();
    if (!details.has(id))
      details.set(
        id,
        request(ExplorerEntity, { id }).then((result) => (isDrawn(result.node) ? result.node : null)),
      );
    try {
      const entity = await details.get(id)!;
      if (current !== id) return;
      if (!entity) {
        panelBody.replaceChildren(h('p', {}, 'The API no longer knows this node.'));
        return;
      }
      const { title, body } = renderPanel(entity, {
        open: (other) => void open(other, { center: true }),
        expand: graph.expanded.has(id)
          ? undefined
          : () =>
              void expand(id)
                .then(() => open(id))
                .catch(failure),
      });
      panelTitle.replaceChildren(title);
      panelBody.replaceChildren(...body);
    } catch (error) {
      details.delete(id);
      if (current === id) panelBody.replaceChildren(h('p', { class: 'error' }, error instanceof Error ? error.message : String(error)));
    }
  }

  renderList(graph, (id) => void open(id, { center: true, focusPanel: true }));
  byId('fit').addEventListener('click', () => cy.animate({ fit: { eles: cy.elements(), padding: 24 } }, { duration: 250 }));
  cy.on('tap', 'node', (event) => void open(event.target.id()));
  say(idle());

  const search = byId<HTMLInputElement>('search');
  byId('controls').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = search.value.trim();
    if (!text) return;
    say(`Searching for “${text}”…`);
    try {
      const found = (await request(ExplorerSearch, { query: text })).search.nodes;
      const matches = found.filter((n): n is typeof n & { id: string } => 'id' in n);
      // The best match the drawing holds, else the best match of all, drawn with its neighbours.
      const match = matches.find((n) => cy.getElementById(n.id).nonempty()) ?? matches[0];
      if (!match) {
        say(found.length ? `“${text}” matches nothing the explorer draws.` : `No match for “${text}”.`);
        return;
      }
      if (cy.getElementById(match.id).empty() && !(await expand(match.id))) return;
      say(`“${text}”: ${cy.getElementById(match.id).data('label')}.`);
      await open(match.id, { center: true });
    } catch (error) {
      failure(error);
    }
  });

  const kind = byId<HTMLSelectElement>('kind');
  const region = byId<HTMLSelectElement>('region');
  /** The regions enclosing the headquarters of the companies drawn, asked of the API for those the explorer does not know yet. */
  const learnRegions = async () => {
    const unknown = [...new Set([...graph.nodes.values()].flatMap((n) => (n.headquarters ? [n.headquarters] : [])))].filter(
      (id) => !graph.regions.get(id)?.ancestors,
    );
    for (let i = 0; i < unknown.length; i += 100) {
      for (const r of (await request(ExplorerRegions, { ids: unknown.slice(i, i + 100) })).nodes) {
        if (r && 'ancestors' in r) knowRegion(graph, r, r.ancestors);
      }
    }
    if (unknown.length) fillRegions(graph);
  };
  async function onFilter() {
    if (!kind.value && !region.value) {
      applyFilter(cy, graph, null);
      return;
    }
    const chosenRegion = region.selectedOptions[0]?.dataset.id;
    if (chosenRegion) await learnRegions();
    const companies = [...graph.nodes.values()].filter((n) => n.type === 'company');
    const keep = new Set(
      companies
        .filter((n) => (!kind.value || n.kind === kind.value) && (!chosenRegion || headquarteredIn(graph, n, chosenRegion)))
        .map((n) => n.id),
    );
    applyFilter(cy, graph, keep);
    const where = [kind.value && kindLabel(kind.value), chosenRegion && `in ${region.selectedOptions[0]!.text.trim()}`].filter(Boolean);
    say(`${keep.size} of ${companies.length} companies: ${where.join(', ')}.`);
  }
  const filterChanged = () => {
    if (!kind.value && !region.value) say(idle());
    onFilter().catch(failure);
  };
  kind.addEventListener('change', filterChanged);
  region.addEventListener('change', filterChanged);
}

main().catch(failure);
