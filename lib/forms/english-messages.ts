import { createTranslator } from "use-intl/core";
import catalogue from "@/messages/en.manage.json";
import { translateFieldErrors, translateMessage, validationTranslator } from "./messages";

// English words for message tokens where no reader's language applies: the JSON API for scripts
// (POST /api/manage/*), CSV error responses and the `user` command line tool.

const english = validationTranslator(
  createTranslator({ locale: "en", messages: catalogue, namespace: "manage.validation" }),
);

export const inEnglish = (text: string): string => translateMessage(text, english);
export const fieldErrorsInEnglish = (errors: Record<string, string>) => translateFieldErrors(errors, english);
