// The markdown-it package itself, under the name build-assets.mjs gives it (`markdown-it` is
// src/playground/client/markdown.ts there); only what markdown.ts uses.
declare module 'markdown-it-full' {
  export interface MarkdownOptions {
    breaks?: boolean;
    linkify?: boolean;
  }
  const MarkdownIt: new (options: MarkdownOptions) => { render(text: string): string };
  export default MarkdownIt;
}
