import "server-only";
import { db } from "@/lib/db/client";

/** Every user, without password hashes, oldest first. */
export async function listUsers() {
  return db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, isActive: true, createdAt: true },
  });
}
