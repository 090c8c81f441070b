import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { translateMessage, validationTranslator } from "./messages";

/** For server components: puts message tokens into the language of the request. */
export async function getValidationMessages(): Promise<(text: string) => string> {
  const [t, locale] = await Promise.all([getTranslations("manage.validation"), getLocale()]);
  const translator = validationTranslator(t, locale);
  return (text) => translateMessage(text, translator);
}
