// Own code: GraphiQL renders descriptions with markdown-it, created when GraphiQL loads, but nothing
// shows a description before the editor is in use; build-assets.mjs points `markdown-it` here, so
// the parser (about 40 KB gzip with its entity table and link finder) loads once the page is idle.
import type { MarkdownOptions } from 'markdown-it-full';

type Renderer = { render(text: string): string };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** markdown-it's interface as GraphiQL uses it: `new MarkdownIt(options).render(text)`. */
export default class LazyMarkdownIt implements Renderer {
  #real: Renderer | undefined;

  constructor(options: MarkdownOptions) {
    const load = () =>
      import('markdown-it-full').then(({ default: MarkdownIt }) => {
        this.#real = new MarkdownIt(options);
      });
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void load(), { timeout: 2_000 });
    else setTimeout(() => void load(), 500);
  }

  /** Markdown as HTML once the parser is here; until then the text itself, escaped, as a paragraph. */
  render(text: string): string {
    return this.#real ? this.#real.render(text) : `<p>${escapeHtml(text)}</p>`;
  }
}
