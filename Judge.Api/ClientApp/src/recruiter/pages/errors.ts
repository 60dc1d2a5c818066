// Pages for what went wrong: an address with nothing behind it, or an answer that never came.

import { ApiError } from "../../shared/api";
import { h } from "../../shared/dom";
import { asSentence, describeError } from "../forms";
import { pageHeading, type Page } from "../page";
import { paths } from "../router";

export function notFoundPage(message = "There is no page at this address."): Page {
  return {
    title: "Not found",
    content: [pageHeading("Not found"), h("p", {}, message), h("p", {}, h("a", { href: paths.assessments }, "Back to your assessments"))],
  };
}

export function errorPage(error: unknown): Page {
  if (error instanceof ApiError && error.status === 404) return notFoundPage(asSentence(error.message));
  return {
    title: "Something went wrong",
    content: [
      pageHeading("Something went wrong"),
      h("p", { role: "alert" }, describeError(error)),
      // The same address again: the router reloads the page's data.
      h("p", {}, h("a", { href: location.pathname }, "Try again")),
    ],
  };
}
