"use server";
import { revalidatePath } from "next/cache";
import { formDataToObject } from "@/lib/forms/form-data";
import { OPERATIONS } from "@/lib/operations/registry";
import { problemState, type FormState } from "@/lib/operations/form-state";

// Server actions of the admin users page; all checks happen in executeOperation.

export async function inviteUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["user.invite"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage/users");
  return { status: "saved", message: outcome.value.email, secret: outcome.value.password };
}

export async function changeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["user.change-role"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage/users");
  return { status: "saved", message: "role" };
}

export async function setActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["user.set-active"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  revalidatePath("/manage/users");
  return { status: "saved", message: values.isActive === "true" ? "reactivated" : "deactivated" };
}

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["user.reset-password"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  return { status: "saved", message: outcome.value.email, secret: outcome.value.password };
}

export async function signOutUserEverywhereAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const outcome = await OPERATIONS["user.sign-out-everywhere"].execute(values);
  if (!outcome.ok) return problemState(outcome, values);
  return { status: "saved", message: "signed-out" };
}
