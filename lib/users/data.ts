import "server-only";
import { db } from "@/lib/db/client";

/** Every user, without password hashes, oldest first. */
export async function listUsers() {
  return db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, isActive: true, createdAt: true },
  });
}

/** The language of this person's notification mail (their account page shows and changes it). */
export async function getMailLocale(userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { mailLocale: true } });
  return user?.mailLocale ?? "ru";
}
