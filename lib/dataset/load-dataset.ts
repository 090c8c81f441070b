import datasetJson from "@/prisma/seed/commitments.json";
import translationsJson from "@/prisma/seed/commitments.translations.json";
import { datasetSchema, datasetTranslationsSchema, type Dataset, type DatasetTranslations } from "./schema";

/** The checked-in commitment dataset, validated. Throws with the first problems if it is malformed. */
export function loadDataset(): Dataset {
  return datasetSchema.parse(datasetJson);
}

/** The dataset's Russian and Kazakh titles and summaries, validated. */
export function loadDatasetTranslations(): DatasetTranslations {
  return datasetTranslationsSchema.parse(translationsJson);
}
