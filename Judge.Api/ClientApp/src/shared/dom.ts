// Small DOM helpers: elements built from code, text always set as text (never parsed as HTML).

type Attributes = Record<string, string | number | boolean | undefined | null>;
type Child = Node | string | null | undefined | false;

/** h("button", { type: "button", class: "primary" }, "Run") */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
}

/**
 * Creates the polite live region that announce() fills. Call it when a page starts: a region added
 * and filled at once is often not read. It has no role, so that a page's own status region (a save
 * indicator, an invitation result) stays the only role="status" there.
 */
export function installAnnouncer(): HTMLElement {
  return document.getElementById("announce-polite") ?? document.body.appendChild(h("div", { id: "announce-polite", class: "visually-hidden", "aria-live": "polite" }));
}

/**
 * Says something to screen-reader users through a live region (polite unless urgent; the urgent one,
 * an alert, is created only when first needed). The region is emptied first so the same message
 * said twice is announced twice.
 */
export function announce(message: string, urgent = false): void {
  const region = urgent
    ? document.getElementById("announce-assertive") ?? document.body.appendChild(h("div", { id: "announce-assertive", class: "visually-hidden", "aria-live": "assertive", role: "alert" }))
    : installAnnouncer();
  region.textContent = "";
  window.setTimeout(() => (region.textContent = message), 50);
}

/** "1:05:09" or "4:59" for a number of seconds. */
export function clock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}
