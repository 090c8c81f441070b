import "server-only";
import { getTranslations } from "next-intl/server";
import { translateMessage, validationTranslator } from "./messages";

/** For server components: puts message tokens into the language of the request. */
export async function getValidationMessages(): Promise<(text: string) => string> {
  const translator = validationTranslator(await getTranslations("manage.validation"));
  return (text) => translateMessage(text, translator);
}
