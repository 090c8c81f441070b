import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ActionButtonForm } from "./action-button-form";

/** The workspace's own navigation, the signed-in person, and the sign-out controls. */
export async function WorkspaceBar({
  user,
  isAdmin,
  canReview = false,
  canModerate = false,
  canImport = true,
}: {
  user: { name: string; role: string };
  isAdmin: boolean;
  canReview?: boolean;
  canModerate?: boolean;
  canImport?: boolean;
}) {
  const t = await getTranslations("manage");
  const ta = await getTranslations("auth");
  const tn = await getTranslations("notifications");
  const tr = await getTranslations();
  const roleLabel = t.has(`role.${user.role}`) ? t(`role.${user.role}`) : user.role;
  const trm = await getTranslations("recommendationsManage.link");
  return (
    <div className="flex flex-wrap items-center justify-between gap-4 border-b border-slate-200 pb-4">
      <nav aria-label={t("nav.label")}>
        <ul className="flex flex-wrap gap-4">
          <li>
            <Link href="/manage" className="font-medium underline-offset-4 hover:underline">
              {t("nav.commitments")}
            </Link>
          </li>
          <li>
            <Link href="/manage/commitments/new" className="font-medium underline-offset-4 hover:underline">
              {t("nav.newCommitment")}
            </Link>
          </li>
          {canImport ? (
            <li>
              <Link href="/manage/import" className="font-medium underline-offset-4 hover:underline">
                {t("import.nav")}
              </Link>
            </li>
          ) : null}
          {canReview ? (
            <li>
              <Link href="/manage/review" className="font-medium underline-offset-4 hover:underline">
                {tr("review.nav")}
              </Link>
            </li>
          ) : null}
          {canModerate ? (
            <li>
              <Link href="/manage/inbox" className="font-medium underline-offset-4 hover:underline">
                {tr("inbox.nav")}
              </Link>
            </li>
          ) : null}
          <li>
            <Link href="/manage/recommendations" className="font-medium underline-offset-4 hover:underline">
              {trm("listTitle")}
            </Link>
          </li>
          <li>
            <Link href="/manage/reports" className="font-medium underline-offset-4 hover:underline">
              {t("nav.reports")}
            </Link>
          </li>
          {isAdmin ? (
            <>
              <li>
                <Link href="/manage/users" className="font-medium underline-offset-4 hover:underline">
                  {t("nav.users")}
                </Link>
              </li>
              <li>
                <Link href="/manage/bodies" className="font-medium underline-offset-4 hover:underline">
                  {t("nav.bodies")}
                </Link>
              </li>
              <li>
                <Link href="/manage/audit" className="font-medium underline-offset-4 hover:underline">
                  {t("nav.audit")}
                </Link>
              </li>
              <li>
                <Link href="/manage/webhooks" className="font-medium underline-offset-4 hover:underline">
                  {tn("navWebhooks")}
                </Link>
              </li>
              <li>
                <Link href="/manage/settings" className="font-medium underline-offset-4 hover:underline">
                  {tr("settings.nav")}
                </Link>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <span data-testid="signed-in-as">{t("signedInAs", { name: user.name, role: roleLabel })}</span>
        <Link href="/manage/account" className="underline underline-offset-4">
          {t("nav.account")}
        </Link>
        <SignOutButton />
        <details>
          <summary className="cursor-pointer underline underline-offset-4">{ta("signOutEverywhere")}</summary>
          <div className="mt-2 max-w-xs space-y-2">
            <p>{ta("signOutEverywhereHint")}</p>
            <ActionButtonForm
              action={signOutEverywhereAction}
              fields={{}}
              label={ta("signOutEverywhere")}
              tone="danger"
            />
          </div>
        </details>
      </div>
    </div>
  );
}
