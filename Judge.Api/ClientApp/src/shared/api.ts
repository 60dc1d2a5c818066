// Fetch wrapper for the Judge API: JSON in and out, and every error as the RFC 7807 ProblemDetails
// the API returns, so pages can show the message and the field at fault.

export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

/** An API answer that was not 2xx: its status, its ProblemDetails, and one sentence for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
    readonly retryAfterSeconds: number | null,
  ) {
    super(ApiError.describe(status, problem));
  }

  /** The messages for one field (as the API names it, e.g. "code"), if any. */
  fieldErrors(field: string): string[] {
    const errors = this.problem.errors ?? {};
    const key = Object.keys(errors).find((k) => k.toLowerCase() === field.toLowerCase());
    return key ? errors[key] : [];
  }

  private static describe(status: number, problem: ProblemDetails): string {
    const fields = Object.values(problem.errors ?? {}).flat();
    if (fields.length > 0) return fields.join(" ");
    return problem.detail ?? problem.title ?? `The server answered ${status}.`;
  }
}

/** Thrown when the server cannot be reached at all (offline, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super("The server cannot be reached. Your work is kept in this browser and saved when the connection is back.");
    this.cause = cause;
  }
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? { Accept: "application/json" } : { "Content-Type": "application/json", Accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch (e) {
    throw new NetworkError(e);
  }
  if (!response.ok) {
    let problem: ProblemDetails = { status: response.status };
    try {
      problem = (await response.json()) as ProblemDetails;
    } catch {
      // Not JSON (a proxy's page, say): keep the status only.
    }
    const retry = response.headers.get("Retry-After");
    throw new ApiError(response.status, problem, retry === null ? null : Number(retry));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text.length === 0 ? undefined : JSON.parse(text)) as T;
}

export const get = <T>(url: string) => api<T>("GET", url);
export const post = <T>(url: string, body?: unknown) => api<T>("POST", url, body ?? {});
export const put = <T>(url: string, body: unknown) => api<T>("PUT", url, body);
export const del = <T>(url: string) => api<T>("DELETE", url);
