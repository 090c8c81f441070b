import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const CANDIDATES = [process.env.LIBREOFFICE_PATH, "/usr/bin/soffice", "/usr/bin/libreoffice"].filter(
  (candidate): candidate is string => Boolean(candidate),
);
const CONVERT_TIMEOUT_MS = 120_000;

/** LibreOffice's binary; throws with what to install (npm test installs it on Debian as root) — the test never skips. */
export function libreOffice(): string {
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `LibreOffice is needed to check the XLSX and DOCX exports and was not found (looked for ${CANDIDATES.join(", ")}). ` +
        "Run npm test (it installs it on Debian as root) or: apt-get update && apt-get install -y " +
        "--no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils",
    );
  }
  return found;
}

/**
 * Opens `file` in LibreOffice (headless, its own throwaway profile so it never meets another
 * instance or a user's settings), prints it to PDF, and returns the PDF's text (pdftotext -raw):
 * proof the file opens, and of what a reader sees in it.
 */
export async function textViaLibreOffice(file: string): Promise<string> {
  const soffice = libreOffice();
  const directory = mkdtempSync(path.join(os.tmpdir(), "uade-lo-"));
  try {
    const profile = pathToFileURL(path.join(directory, "profile")).href;
    await run(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--norestore",
        "--nologo",
        "--convert-to",
        "pdf",
        "--outdir",
        directory,
        file,
      ],
      {
        timeout: CONVERT_TIMEOUT_MS,
        killSignal: "SIGKILL",
      },
    );
    const pdf = readdirSync(directory).find((name) => name.endsWith(".pdf"));
    if (!pdf) throw new Error(`LibreOffice wrote no PDF for ${path.basename(file)}`);
    const { stdout } = await run("pdftotext", ["-raw", "-enc", "UTF-8", path.join(directory, pdf), "-"], {
      timeout: 30_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
