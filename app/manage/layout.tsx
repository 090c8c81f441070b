import type { ReactNode } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { hasPermission } from "@/lib/auth/permissions";
import { WorkspaceBar } from "@/components/manage/workspace-bar";
import { ManageIntlProvider } from "@/components/manage/intl-provider";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("manage");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false } };
}

// Early redirect for people without a session; every page and action still checks for itself.
export default async function ManageLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user) redirect("/login?callbackUrl=%2Fmanage");
  return (
    <ManageIntlProvider>
      <WorkspaceBar
        user={user}
        isAdmin={hasPermission(user.role, "user:manage")}
        canReview={hasPermission(user.role, "status:review")}
        canModerate={hasPermission(user.role, "correction:moderate")}
        canImport={hasPermission(user.role, "import:run")}
      />
      <div className="mt-6">{children}</div>
    </ManageIntlProvider>
  );
}
