"use client";
import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/forms/fields";
import { formDataToObject } from "@/lib/forms/form-data";
import { defaultMessages } from "@/lib/forms/messages";

/**
 * Checks a form with the same zod schema the server uses before sending it. When it fails, the
 * submission is cancelled (the person's input stays as typed) and the errors are returned; the
 * server checks everything again anyway.
 */
export function useClientValidation(schema: z.ZodType) {
  const [errors, setErrors] = useState<Record<string, string> | null>(null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const result = schema.safeParse(formDataToObject(new FormData(event.currentTarget, submitter)), {
      error: defaultMessages,
    });
    if (result.success) {
      setErrors(null);
      return;
    }
    event.preventDefault();
    setErrors(fieldErrorsOf(result.error));
  }
  return { clientErrors: errors, onSubmit };
}
