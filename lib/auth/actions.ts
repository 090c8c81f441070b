"use server";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/forms/form-data";
import { OPERATIONS } from "@/lib/operations/registry";
import { problemState, type FormState } from "@/lib/operations/form-state";

/** Ends every session of the signed-in user (this browser included) and goes to the login page. */
export async function signOutEverywhereAction(_previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = await OPERATIONS["account.sign-out-everywhere"].execute({});
  if (!outcome.ok) return problemState(outcome, {});
  redirect("/login?signedOut=everywhere");
}

/** Changes the signed-in person's password; their sessions end, so they sign in again with it. */
export async function changeOwnPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["account.change-password"].execute(values);
  // Passwords are never sent back to the browser, even to re-fill the form.
  if (!outcome.ok) return problemState(outcome, {});
  redirect("/login?signedOut=password");
}

/** The signed-in person chooses the language of their notification mail; the page stays. */
export async function setMailLanguageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["account.mail-language"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  return { status: "saved", message: outcome.value.mailLocale };
}
