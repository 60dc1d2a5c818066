// Sign in, and create an account (a new organisation with its first recruiter).

import { h } from "../../shared/dom";
import { signIn, signUp } from "../auth";
import { FormFeedback, inputField, onSubmit } from "../forms";
import { pageHeading, type Page, type PageContext } from "../page";
import { paths } from "../router";

export function signInPage(context: PageContext): Page {
  const email = inputField({ label: "Email", apiFields: ["email"], attributes: { type: "email", autocomplete: "username", required: true } });
  const password = inputField({ label: "Password", apiFields: ["password"], attributes: { type: "password", autocomplete: "current-password", required: true } });
  const feedback = new FormFeedback([email, password]);
  // novalidate: the API's messages are shown under the fields, not the browser's bubbles.
  const form = h("form", { novalidate: true }, feedback.alert, email.element, password.element,
    h("button", { type: "submit", class: "primary" }, "Sign in"));
  onSubmit(form, feedback, async () => context.signedIn(await signIn(email.control.value, password.control.value)));
  return {
    title: "Sign in",
    content: [pageHeading("Sign in"), form, h("p", {}, "New to Judge? ", h("a", { href: paths.signUp }, "Create an account"))],
  };
}

export function signUpPage(context: PageContext): Page {
  const organisation = inputField({ label: "Organisation", apiFields: ["organisation"], hint: "The name of your company.", attributes: { autocomplete: "organization", required: true } });
  const name = inputField({ label: "Your name", apiFields: ["name"], attributes: { autocomplete: "name", required: true } });
  const email = inputField({ label: "Email", apiFields: ["email"], attributes: { type: "email", autocomplete: "username", required: true } });
  const password = inputField({ label: "Password", apiFields: ["password"], hint: "At least 10 characters.", attributes: { type: "password", autocomplete: "new-password", required: true } });
  const fields = [organisation, name, email, password];
  const feedback = new FormFeedback(fields);
  const form = h("form", { novalidate: true }, feedback.alert, ...fields.map((f) => f.element),
    h("button", { type: "submit", class: "primary" }, "Create account"));
  onSubmit(form, feedback, async () =>
    context.signedIn(await signUp({
      organisation: organisation.control.value,
      name: name.control.value,
      email: email.control.value,
      password: password.control.value,
    })));
  return {
    title: "Create an account",
    content: [pageHeading("Create an account"), form, h("p", {}, "Have an account already? ", h("a", { href: paths.signIn }, "Sign in instead"))],
  };
}
