// The explorer's page script: one query draws the graph; search, filters and the side panel
// each ask the API again, with the typed client's cacheable persisted-query GETs.
import type { Core, NodeSingular } from 'cytoscape';
import { createClient } from '../src/client';
import { h } from './dom';
import { draw, LEAD_COLOR, LINK_STYLES, NODE_STYLES } from './drawing';
import { buildGraph, type CompanyKind, describeLinks, type Graph, KIND_LABELS, kindLabel, type NodeType, TYPE_LABELS } from './model';
import { renderPanel } from './panel';
import { ExplorerFilter, ExplorerGraph, ExplorerNode, ExplorerSearch, type GraphData, isDrawn, type NodeData } from './queries';

const request = createClient({ url: new URL('/graphql', location.href).href, persisted: true });
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

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

/** The text alternative and keyboard route: every node as a button, with its links in words. */
function renderList(graph: Graph, open: (id: string) => void) {
  byId('list').replaceChildren(
    ...GROUPS.filter(([type]) => graph.nodes.some((n) => n.type === type)).map(([type, heading]) =>
      h(
        'section',
        {},
        h('h3', {}, heading),
        h(
          'ul',
          {},
          graph.nodes
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

/** Region options as a tree, e.g. Europe › France › Paris indented under each other. */
function fillFilters(data: GraphData) {
  const kind = byId<HTMLSelectElement>('kind');
  for (const [value, label] of Object.entries(KIND_LABELS)) kind.append(h('option', { value }, label));
  const children = new Map<string | null, GraphData['regions']['nodes']>();
  for (const region of data.regions.nodes) {
    const key = region.parent?.id ?? null;
    children.set(key, [...(children.get(key) ?? []), region]);
  }
  const region = byId<HTMLSelectElement>('region');
  const add = (parent: string | null, depth: number) => {
    for (const r of [...(children.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      region.append(h('option', { value: r.slug }, '\u00a0\u00a0\u00a0'.repeat(depth) + r.name));
      add(r.id, depth + 1);
    }
  };
  add(null, 0);
}

/** Fades everything the kept companies have no part in. */
function applyFilter(cy: Core, graph: Graph, keep: ReadonlySet<string> | null) {
  const kept = new Set<string>();
  if (keep) {
    for (const n of graph.nodes) if (n.type === 'company' && keep.has(n.id)) kept.add(n.id);
    for (const l of graph.links) {
      if ((l.type === 'invests' || l.type === 'develops') && kept.has(l.source)) kept.add(l.target);
      if (l.type === 'raised' && kept.has(l.target)) kept.add(l.source);
      if (l.type === 'headquarters' && kept.has(l.source)) {
        for (let id: string | undefined = l.target; id; id = graph.parentOf.get(id)) kept.add(id);
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

async function main() {
  const data = await request(ExplorerGraph);
  const graph = buildGraph(data);
  const container = byId('graph');
  const cy = draw(container, graph);
  renderLegend();
  fillFilters(data);

  const details = new Map<string, Promise<NodeData | null>>();
  const panelTitle = byId('panel-title');
  const panelBody = byId('panel-body');
  let current: string | undefined;

  /** Highlights a node in the drawing and the list, and shows its details in the panel. */
  const open = async (id: string, { center = false, focusPanel = false } = {}) => {
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
        request(ExplorerNode, { id }).then((result) => (isDrawn(result.node) ? result.node : null)),
      );
    try {
      const entity = await details.get(id)!;
      if (current !== id) return;
      if (!entity) {
        panelBody.replaceChildren(h('p', {}, 'The API no longer knows this node.'));
        return;
      }
      const { title, body } = renderPanel(entity);
      panelTitle.replaceChildren(title);
      panelBody.replaceChildren(...body);
    } catch (error) {
      details.delete(id);
      if (current === id) panelBody.replaceChildren(h('p', { class: 'error' }, error instanceof Error ? error.message : String(error)));
    }
  };

  renderList(graph, (id) => void open(id, { center: true, focusPanel: true }));
  byId('fit').addEventListener('click', () => cy.animate({ fit: { eles: cy.elements(), padding: 24 } }, { duration: 250 }));
  cy.on('tap', 'node', (event) => void open(event.target.id()));

  const counts = GROUPS.map(([type, , singular, plural]) => {
    const count = graph.nodes.filter((n) => n.type === type).length;
    return `${count} ${count === 1 ? singular : plural}`;
  });
  const idle = `${counts.join(', ')}. Select any of them for facts and sources.${graph.truncated.length ? ` Showing the first page of ${graph.truncated.join(', ')}.` : ''}`;
  say(idle);

  const search = byId<HTMLInputElement>('search');
  byId('controls').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = search.value.trim();
    if (!text) return;
    say(`Searching for “${text}”…`);
    try {
      const found = (await request(ExplorerSearch, { query: text })).search.nodes;
      const match = found.find((n): n is typeof n & { id: string } => 'id' in n && cy.getElementById(n.id).nonempty());
      if (!match) {
        say(found.length ? `“${text}” matches nothing the graph draws.` : `No match for “${text}”.`);
        return;
      }
      say(`“${text}”: ${cy.getElementById(match.id).data('label')}.`);
      await open(match.id, { center: true });
    } catch (error) {
      failure(error);
    }
  });

  const kind = byId<HTMLSelectElement>('kind');
  const region = byId<HTMLSelectElement>('region');
  const companies = graph.nodes.filter((n) => n.type === 'company').length;
  const onFilter = async () => {
    if (!kind.value && !region.value) {
      applyFilter(cy, graph, null);
      say(idle);
      return;
    }
    const filter = { ...(kind.value && { kind: kind.value as CompanyKind }), ...(region.value && { region: region.value }) };
    try {
      const { companies: found } = await request(ExplorerFilter, { filter });
      const keep = new Set(found.nodes.map((c) => c.id));
      applyFilter(cy, graph, keep);
      const where = [kind.value && kindLabel(kind.value), region.value && `in ${region.selectedOptions[0]!.text.trim()}`].filter(Boolean);
      say(`${keep.size} of ${companies} companies: ${where.join(', ')}.`);
    } catch (error) {
      failure(error);
    }
  };
  kind.addEventListener('change', onFilter);
  region.addEventListener('change', onFilter);
}

main().catch(failure);
