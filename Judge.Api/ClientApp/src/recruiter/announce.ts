// Messages for screen-reader users (page changes, copied links, finished judging). This is a
// live region without a role, unlike shared/dom's announce() (role="status"): the invitation
// result on the assessment page must stay the only status region there.

import { h } from "../shared/dom";

let region: HTMLElement | null = null;

/** Creates the live region early: a region added and filled at once is often not read. */
export function installAnnouncer(): void {
  region ??= document.body.appendChild(h("div", { class: "visually-hidden", "aria-live": "polite" }));
}

export function say(message: string): void {
  installAnnouncer();
  const target = region!;
  // Emptied first so the same message twice is read twice.
  target.textContent = "";
  window.setTimeout(() => (target.textContent = message), 50);
}
