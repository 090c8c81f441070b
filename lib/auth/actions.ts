"use server";
import { redirect } from "next/navigation";
import { OPERATIONS } from "@/lib/manage/operations";
import { problemState, type FormState } from "@/lib/manage/form-state";

/** Ends every session of the signed-in user (this browser included) and goes to the login page. */
export async function signOutEverywhereAction(_previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = await OPERATIONS["account.sign-out-everywhere"].execute({});
  if (!outcome.ok) return problemState(outcome, {});
  redirect("/login?signedOut=everywhere");
}
