import datasetJson from "@/prisma/seed/commitments.json";
import { datasetSchema, type Dataset } from "./schema";

/** The checked-in commitment dataset, validated. Throws with the first problems if it is malformed. */
export function loadDataset(): Dataset {
  return datasetSchema.parse(datasetJson);
}
