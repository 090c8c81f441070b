// Loads the commitment dataset into the configured database, once (see lib/dataset/seed-dataset.ts).
import { loadDataset, loadDatasetTranslations } from "@/lib/dataset/load-dataset";
import { seedDataset } from "@/lib/dataset/seed-dataset";
import { createPrismaClient } from "@/lib/db/create-client";
import { parseEnv } from "@/lib/env";

const env = parseEnv();
const db = createPrismaClient(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
try {
  const result = await seedDataset(db, loadDataset(), loadDatasetTranslations());
  console.log(
    result.isSeeded
      ? `Loaded ${result.commitments} commitments, ${result.quotes} quotes from ${result.sources} sources.`
      : `Dataset not loaded: ${result.reason}.`,
  );
} finally {
  await db.$disconnect();
}
