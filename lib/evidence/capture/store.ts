import { createHash, randomUUID } from "node:crypto";
import { createReadStream, type ReadStream } from "node:fs";
import { chmod, link, mkdir, open, readFile, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

/** Bytes read from the start of a body to decide its type. */
const HEAD_BYTES = 8192;

export type StagedBody = {
  sha256: string;
  size: number;
  /** The first bytes, for type sniffing. */
  head: Buffer;
  /** Reads up to `limit` bytes of the staged copy (for text extraction). */
  read: (limit: number) => Promise<Buffer>;
  /** Keeps the copy under its hash (a copy already there is left as it is) and returns its path. */
  keep: () => Promise<string>;
  discard: () => Promise<void>;
};

const SHA256 = /^[0-9a-f]{64}$/;

/** `captures/ab/cdef…`: the first two hex digits name a folder, the other 62 the file. */
export function capturePath(directory: string, sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error("not a SHA-256");
  return path.join(directory, sha256.slice(0, 2), sha256.slice(2));
}

/**
 * Writes a body to a temporary file in the capture directory while hashing it, so nothing
 * partial ever sits under a hash name. A read error (too large, timeout) removes the file.
 */
export async function stageBody(directory: string, body: AsyncIterable<Buffer>): Promise<StagedBody> {
  const staging = path.join(directory, "tmp");
  await mkdir(staging, { recursive: true });
  const temporary = path.join(staging, `${randomUUID()}.part`);
  const file = await open(temporary, "wx", 0o600);
  const hash = createHash("sha256");
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let size = 0;
  try {
    for await (const chunk of body) {
      hash.update(chunk);
      size += chunk.length;
      if (headLength < HEAD_BYTES) {
        headChunks.push(chunk.subarray(0, HEAD_BYTES - headLength));
        headLength += Math.min(chunk.length, HEAD_BYTES - headLength);
      }
      await file.write(chunk);
    }
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await file.close();
  const sha256 = hash.digest("hex");
  return {
    sha256,
    size,
    head: Buffer.concat(headChunks),
    read: async (limit) => (size <= limit ? readFile(temporary) : readPrefix(temporary, limit)),
    keep: async () => {
      const target = capturePath(directory, sha256);
      await mkdir(path.dirname(target), { recursive: true });
      // link() fails if the target exists: the same bytes are already kept, and stay untouched.
      await link(temporary, target).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== "EEXIST") throw error;
      });
      await chmod(target, 0o444);
      await rm(temporary, { force: true });
      return target;
    },
    discard: () => rm(temporary, { force: true }),
  };
}

async function readPrefix(file: string, limit: number): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(limit);
    const { bytesRead } = await handle.read(buffer, 0, limit, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Opens a kept copy for serving, or null if it is missing (e.g. a restore without the folder). */
export async function openCapture(
  directory: string,
  sha256: string,
): Promise<{ stream: ReadStream; size: number } | null> {
  const file = capturePath(directory, sha256);
  try {
    const info = await stat(file);
    return { stream: createReadStream(file), size: info.size };
  } catch {
    return null;
  }
}

/** Removes half-written files a crash left in the staging folder (older than an hour, so never a live one). */
export async function removeStaleParts(directory: string, now = Date.now()): Promise<number> {
  const staging = path.join(directory, "tmp");
  const names = await readdir(staging).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const file = path.join(staging, name);
    const info = await stat(file).catch(() => null);
    if (info && name.endsWith(".part") && now - info.mtimeMs > 3_600_000) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
