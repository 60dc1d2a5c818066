// Small view helpers of the candidate app: alerts, buttons that stay focusable while busy, and
// the native confirmation dialog.

import { h, replace } from "../shared/dom";

/** Shows a message in `slot` as an alert (announced at once); an empty slot holds no alert at all. */
export function showAlert(slot: HTMLElement, message: string): void {
  replace(slot, h("p", { role: "alert", class: "error" }, message));
}

export function clearAlert(slot: HTMLElement): void {
  replace(slot);
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong. Try again.";
}

/**
 * aria-disabled rather than disabled: a disabled button drops the keyboard focus to the page's
 * start, which strands keyboard users in the middle of a run or a submission.
 */
export function setDisabled(button: HTMLButtonElement, disabled: boolean): void {
  if (disabled) button.setAttribute("aria-disabled", "true");
  else button.removeAttribute("aria-disabled");
}

export const isDisabled = (button: HTMLButtonElement) => button.getAttribute("aria-disabled") === "true";

let dialogs = 0;

/**
 * Asks in a native modal dialog (focus moves into it and is trapped there by the browser).
 * Resolves true for the confirm button, false for Cancel or Escape; focus returns to the opener.
 */
export function confirmDialog(title: string, paragraphs: string[], confirmLabel: string): Promise<boolean> {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const id = `dialog-${++dialogs}`;
  // Focus starts on Cancel: the action is final, so Enter pressed by habit must not take it.
  const dialog = h(
    "dialog",
    { "aria-labelledby": `${id}-title`, "aria-describedby": `${id}-text` },
    h(
      "form",
      { method: "dialog" },
      h("h2", { id: `${id}-title` }, title),
      h("div", { id: `${id}-text` }, ...paragraphs.map((p) => h("p", {}, p))),
      h(
        "div",
        { class: "dialog-buttons" },
        h("button", { type: "submit", value: "confirm", class: "primary" }, confirmLabel),
        h("button", { type: "submit", value: "cancel", autofocus: true }, "Cancel"),
      ),
    ),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener(
      "close",
      () => {
        dialog.remove();
        if (opener?.isConnected) opener.focus();
        resolve(dialog.returnValue === "confirm");
      },
      { once: true },
    );
    dialog.showModal();
  });
}
