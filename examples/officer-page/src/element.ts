/**
 * Builds DOM elements from text only: every value (from a case file, an MRZ, a package's message) goes in as a
 * text node, never as HTML, so nothing typed or opened can inject markup or script.
 */

/** What an element may contain: nodes, or values shown as text; `null`, `undefined` and `false` are skipped. */
export type Child = Node | string | number | null | undefined | false;

/**
 * A new element with attributes and children (strings become text nodes).
 *
 * @example
 * ```ts
 * el("p", { class: "note" }, "Valid until ", el("strong", {}, "2023-10-28"));
 * ```
 */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/**
 * The element with this id, of the expected type; throws when the page's markup does not have it (a programming
 * error in index.html, not a user's input).
 *
 * @example
 * ```ts
 * const form = byId("permit-form", HTMLFormElement);
 * ```
 */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`index.html has no #${id} of the expected kind`);
  return found;
}

/**
 * A definition list of label and value pairs (pairs with an empty value are left out).
 *
 * @example
 * ```ts
 * facts([["Status", "Valid"], ["Last day", "2023-10-28"]]);
 * ```
 */
export function facts(rows: readonly (readonly [string, Child])[]): HTMLDListElement {
  const list = el("dl", { class: "facts" });
  for (const [term, value] of rows) {
    if (value === null || value === undefined || value === false || value === "") continue;
    list.append(el("dt", {}, term), el("dd", {}, value));
  }
  return list;
}
