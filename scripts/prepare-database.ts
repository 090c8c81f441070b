// Migrates the configured database and loads the dataset on first run (used by `npm run dev`).
import { prepareDatabase } from "./lib/prepare-database";

await prepareDatabase();
