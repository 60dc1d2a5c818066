// Client-side routes under /recruiter/ (the server answers recruiter.html for all of them):
// History API navigation and same-origin link clicks turned into it.

export const root = "/recruiter";

export type Route =
  | { name: "home" }
  | { name: "sign-in" }
  | { name: "sign-up" }
  | { name: "assessments" }
  | { name: "new-assessment" }
  | { name: "assessment"; id: string }
  | { name: "report"; id: string; invitationId: string }
  | { name: "not-found" };

const segment = encodeURIComponent;

export const paths = {
  signIn: `${root}/sign-in`,
  signUp: `${root}/sign-up`,
  assessments: `${root}/assessments`,
  newAssessment: `${root}/assessments/new`,
  assessment: (id: string) => `${root}/assessments/${segment(id)}`,
  report: (id: string, invitationId: string) => `${root}/assessments/${segment(id)}/sessions/${segment(invitationId)}`,
};

const isRecruiterPath = (pathname: string) => pathname === root || pathname.startsWith(`${root}/`);

export function parse(pathname: string): Route {
  if (!isRecruiterPath(pathname)) return { name: "not-found" };
  let parts: string[];
  try {
    parts = pathname.slice(root.length).split("/").filter((p) => p.length > 0).map(decodeURIComponent);
  } catch {
    return { name: "not-found" }; // a malformed %-escape
  }
  const [first, second, third, fourth, ...rest] = parts;
  if (parts.length === 0) return { name: "home" };
  if (parts.length === 1 && first === "sign-in") return { name: "sign-in" };
  if (parts.length === 1 && first === "sign-up") return { name: "sign-up" };
  if (first !== "assessments" || rest.length > 0) return { name: "not-found" };
  if (second === undefined) return { name: "assessments" };
  if (third === undefined) return second === "new" ? { name: "new-assessment" } : { name: "assessment", id: second };
  if (third === "sessions" && fourth !== undefined) return { name: "report", id: second, invitationId: fourth };
  return { name: "not-found" };
}

let onChange: () => void = () => undefined;

/** Calls `changed` after every navigation: pushState through navigate(), link clicks, Back and Forward. */
export function startRouter(changed: () => void): void {
  onChange = changed;
  window.addEventListener("popstate", () => onChange());
  document.addEventListener("click", followLink);
}

/** Shows `path`; the same address again replaces the history entry rather than adding one. */
export function navigate(path: string, replaceEntry = false): void {
  const url = new URL(path, location.href);
  const same = url.pathname === location.pathname && url.search === location.search;
  if (replaceEntry || same) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  onChange();
}

function followLink(event: MouseEvent): void {
  // Let the browser handle new tabs, downloads and anything a handler took already.
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest("a") : null;
  if (!link || !link.href || link.target || link.hasAttribute("download")) return;
  const url = new URL(link.href);
  if (url.origin !== location.origin || !isRecruiterPath(url.pathname)) return;
  // An in-page anchor (the skip link) stays a plain anchor.
  if (url.pathname === location.pathname && url.hash) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
}
