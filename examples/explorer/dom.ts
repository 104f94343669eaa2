// Own code: ten lines of DOM building do not justify a UI framework in the explorer's bundle.
type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children; text goes in as text nodes, never as HTML, so
 * nothing the API returns can inject markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Child | Child[])[]
) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children.flat()) if (child) element.append(child);
  return element;
}
