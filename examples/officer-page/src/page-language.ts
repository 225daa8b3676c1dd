/**
 * The page's language: Indonesian by default, English on the switch. It is kept in memory only (never stored:
 * a reload starts in Indonesian again). Static texts carry `data-msg="code"`; dynamic parts register a render
 * function that runs again on every switch.
 */
import type { Locale } from "@timpora/models";
import { type MessageCode, pageMessages, text } from "./messages.js";

/** The language state of the page. */
export interface PageLanguage {
  /** The language shown now. */
  readonly current: Locale;
  /** A text of the page's message table in the current language. */
  t(code: MessageCode, params?: Record<string, string | number>): string;
  /** Shows the page in `locale`: `<html lang>`, every `data-msg` text, and every registered render. */
  set(locale: Locale): void;
  /** Registers a render function that runs on every change of language. */
  onChange(render: () => void): void;
}

const isMessageCode = (code: string): code is MessageCode => Object.hasOwn(pageMessages, code);

/**
 * The page's language, starting in Indonesian whatever the browser's language (the page is for Indonesian
 * officers; English is one click away).
 *
 * @example
 * ```ts
 * const language = createPageLanguage(document);
 * language.set("en");
 * ```
 */
export function createPageLanguage(root: Document): PageLanguage {
  let current: Locale = "id";
  const renders: (() => void)[] = [];
  const apply = () => {
    root.documentElement.lang = current;
    for (const node of root.querySelectorAll<HTMLElement>("[data-msg]")) {
      const code = node.dataset.msg ?? "";
      if (!isMessageCode(code)) throw new Error(`index.html names an unknown message code: ${code}`);
      node.textContent = text(code, current);
    }
    for (const node of root.querySelectorAll<HTMLElement>("[data-msg-label]")) {
      const code = node.dataset.msgLabel ?? "";
      if (!isMessageCode(code)) throw new Error(`index.html names an unknown message code: ${code}`);
      node.setAttribute("aria-label", text(code, current));
    }
    root.title = text("app.title", current);
    for (const render of renders) render();
  };
  return {
    get current() {
      return current;
    },
    t: (code, params) => text(code, current, params),
    set(locale) {
      current = locale;
      apply();
    },
    onChange(render) {
      renders.push(render);
    },
  };
}
