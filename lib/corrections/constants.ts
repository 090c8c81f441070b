// What the public correction form and its schema share. Kept apart from schema.ts so the form's
// client bundle does not carry zod and the evidence URL rules to every reader.

/** Longest reader message kept (a page of text); anything longer is refused, not cut. */
export const MAX_CORRECTION_LENGTH = 5000;

/** The honeypot: a field people never see or fill; anything in it is a robot. */
export const HONEYPOT_FIELD = "website";
