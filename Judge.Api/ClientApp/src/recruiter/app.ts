// The recruiter pages' frame: a header and one <main>, the page for the current address in it,
// and the sign-in page instead of any other while nobody is signed in.

import { ApiError } from "../shared/api";
import { announce, h, installAnnouncer, replace } from "../shared/dom";
import { signOut, whoIsSignedIn } from "./auth";
import { describeError } from "./forms";
import type { Page, PageContext } from "./page";
import { assessmentPage } from "./pages/assessment";
import { assessmentsPage } from "./pages/assessments";
import { errorPage, notFoundPage } from "./pages/errors";
import { newAssessmentPage } from "./pages/new-assessment";
import { reportPage } from "./pages/report";
import { signInPage, signUpPage } from "./pages/sign-in";
import { navigate, parse, paths, startRouter, type Route } from "./router";
import type { Recruiter } from "./types";

const header = h("header", { class: "bar" });
const main = h("main", { id: "main", tabindex: -1 });
/** undefined until /api/recruiters/me has answered. */
let recruiter: Recruiter | null | undefined;
/** Aborted when the shown page is left. */
let pageController: AbortController | null = null;

export function startApp(app: HTMLElement): void {
  installAnnouncer();
  replace(app, header, main);
  startRouter(() => void show(true));
  void show(false);
}

/** Renders the current address; `moveFocus` after a navigation inside the app (not on first load). */
async function show(moveFocus: boolean): Promise<void> {
  pageController?.abort();
  const controller = new AbortController();
  pageController = controller;
  main.setAttribute("aria-busy", "true");
  replace(main, h("p", {}, "Loading…"));
  let route: Route = { name: "sign-in" };
  let page: Page;
  try {
    recruiter ??= await whoIsSignedIn();
    if (controller.signal.aborted) return;
    route = effectiveRoute();
    page = await load(route, { signal: controller.signal, recruiter, signedIn });
  } catch (error) {
    if (controller.signal.aborted) return;
    if (error instanceof ApiError && error.status === 401) {
      // The session ended (expired, or signed out elsewhere): sign in again on the same address.
      recruiter = null;
      return show(moveFocus);
    }
    page = errorPage(error);
  }
  if (controller.signal.aborted) return;
  renderHeader(route);
  main.removeAttribute("aria-busy");
  replace(main, ...page.content);
  document.title = `${page.title} · Judge`;
  if (moveFocus) {
    main.querySelector("h1")?.focus();
    announce(page.title);
  }
}

const isSigningIn = (route: Route) => route.name === "home" || route.name === "sign-in" || route.name === "sign-up";

/** The route to show: sign-in for everyone signed out, the list instead of sign-in for everyone signed in. */
function effectiveRoute(): Route {
  const route = parse(location.pathname);
  if (!recruiter) return route.name === "sign-up" ? route : { name: "sign-in" };
  if (isSigningIn(route)) {
    history.replaceState(null, "", paths.assessments);
    return { name: "assessments" };
  }
  return route;
}

function load(route: Route, context: PageContext): Page | Promise<Page> {
  switch (route.name) {
    case "home":
    case "sign-in": return signInPage(context);
    case "sign-up": return signUpPage(context);
    case "assessments": return assessmentsPage();
    case "new-assessment": return newAssessmentPage();
    case "assessment": return assessmentPage(route.id);
    case "report": return reportPage(context, route.id, route.invitationId);
    case "not-found": return notFoundPage();
  }
}

function signedIn(who: Recruiter): void {
  recruiter = who;
  // From the sign-in page to the list; from any other address (a bookmark) to that page.
  navigate(isSigningIn(parse(location.pathname)) ? paths.assessments : location.pathname, true);
}

function renderHeader(route: Route): void {
  const brand = h("span", { class: "brand" }, "Judge · Recruiter");
  if (!recruiter) {
    replace(header, brand);
    return;
  }
  const assessments = h("a", { href: paths.assessments, "aria-current": route.name === "assessments" ? "page" : undefined }, "Assessments");
  const signOutButton = h("button", { type: "button" }, "Sign out");
  signOutButton.addEventListener("click", () => {
    signOut().then(
      () => {
        recruiter = null;
        navigate(paths.signIn);
      },
      (error: unknown) => announce(`Signing out failed. ${describeError(error)}`),
    );
  });
  replace(header,
    brand,
    h("span", { class: "organisation" }, h("span", { class: "visually-hidden" }, "Organisation: "), recruiter.organisation),
    h("nav", { "aria-label": "Recruiter" }, assessments),
    h("span", { class: "spacer" }),
    h("span", { class: "muted" }, recruiter.name),
    signOutButton);
}
