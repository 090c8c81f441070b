import path from "node:path";

/** Where the end-to-end server listens and keeps its throwaway database (wiped at each run). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATA_DIRECTORY = path.resolve(".tmp", "e2e");
/**
 * A throwaway SQLite file by default; `E2E_DATABASE_URL=postgresql://…` runs the specs on a
 * PostgreSQL database instead (npm test does, for the public pages, a write and two instances);
 * scripts/e2e-server.mjs empties it first.
 */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL || `file:${path.join(E2E_DATA_DIRECTORY, "uade-e2e.db")}`;

/** The local page server the capture spec starts (E2E_PORT + 40 unless set: inside each worktree's port range). */
export const E2E_CAPTURE_SERVER_PORT = Number(process.env.E2E_CAPTURE_SERVER_PORT ?? E2E_PORT + 40);

/** The SMTP server and webhook receiver the notifications spec starts (E2E_PORT + 20 and + 21 unless set). */
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? E2E_PORT + 20);
export const E2E_WEBHOOK_RECEIVER_PORT = Number(process.env.E2E_WEBHOOK_RECEIVER_PORT ?? E2E_PORT + 21);
