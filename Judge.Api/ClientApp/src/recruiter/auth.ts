// The recruiter's session: a cookie the API sets at sign-in and clears at sign-out.

import { ApiError, get, post } from "../shared/api";
import type { Recruiter } from "./types";

/** The signed-in recruiter, or null when there is none (the API answers 401). */
export async function whoIsSignedIn(): Promise<Recruiter | null> {
  try {
    return await get<Recruiter>("/api/recruiters/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const signIn = (email: string, password: string) => post<Recruiter>("/api/recruiters/sign-in", { email, password });

export const signUp = (account: { organisation: string; name: string; email: string; password: string }) =>
  post<Recruiter>("/api/recruiters/sign-up", account);

export const signOut = () => post<void>("/api/recruiters/sign-out");
