/**
 * Turns a submitted form into a plain object for the zod schemas: repeated fields become arrays,
 * files and Next.js's internal `$ACTION…` fields are dropped.
 */
export function formDataToObject(formData: unknown): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of asFormData(formData).entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

/**
 * The submitted form, or an empty one when a crafted request invoked the action with something
 * else (the action then answers with field errors instead of throwing a 500).
 */
export function asFormData(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
