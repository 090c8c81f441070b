import { z } from "zod";
import { idField } from "@/lib/forms/fields";

/** Linking or unlinking a commitment and a recommendation. */
export const linkSchema = z.object({ commitmentId: idField, recommendationId: idField });
export type LinkInput = z.output<typeof linkSchema>;

/** Confirming a recommendations import preview. */
export const recommendationApplySchema = z.object({ draftId: idField, digest: z.string().regex(/^[0-9a-f]{64}$/) });
