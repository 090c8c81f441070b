import "server-only";
import type { z } from "zod";
import { authoriseMutation, type Denial } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { fieldErrorsOf } from "@/lib/forms/fields";
import { defaultMessages, message } from "@/lib/forms/messages";
import { findUnsafeInput } from "@/lib/text/unsafe-characters";
import { invalid, type MutationResult } from "./result";

/** One write the workspace offers: the permission it needs, its input schema, and what it does. */
export type Operation<TSchema extends z.ZodType, TValue> = {
  permission: Permission;
  schema: TSchema;
  run: (input: z.output<TSchema>, actor: SessionUser) => Promise<MutationResult<TValue>>;
};

export type OperationOutcome<TValue> = MutationResult<TValue> | { ok: false; kind: "denied"; reason: Denial };

export type DefinedOperation<TSchema extends z.ZodType, TValue> = Operation<TSchema, TValue> & {
  /** executeOperation for this operation, with its checks. */
  execute: (rawInput: unknown) => Promise<OperationOutcome<TValue>>;
};

export function defineOperation<TSchema extends z.ZodType, TValue>(
  operation: Operation<TSchema, TValue>,
): DefinedOperation<TSchema, TValue> {
  return { ...operation, execute: (rawInput) => executeOperation(operation, rawInput) };
}

/**
 * Runs an operation for the current request: same-site Origin, a live session checked against the
 * user row, the operation's permission, then its characters (lib/text/unsafe-characters.ts) and schema. Server actions and the route handler
 * (app/api/manage/[operation]) both come through here, so neither can skip a check. Field errors
 * are message tokens (lib/forms/messages.ts): forms show them in the reader's language.
 */
export async function executeOperation<TSchema extends z.ZodType, TValue>(
  operation: Operation<TSchema, TValue>,
  rawInput: unknown,
): Promise<OperationOutcome<TValue>> {
  const authorisation = await authoriseMutation(operation.permission);
  if (!authorisation.isAllowed) return { ok: false, kind: "denied", reason: authorisation.reason };
  // NUL, lone surrogates and non-characters are refused before anything reads the input.
  const unsafe = findUnsafeInput(rawInput);
  if (unsafe) return invalid({ [unsafe.field]: message("forbiddenCharacter", { code: unsafe.code }) });
  const parsed = operation.schema.safeParse(rawInput, { error: defaultMessages });
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return operation.run(parsed.data, authorisation.user);
}
