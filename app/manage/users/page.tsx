import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { listUsers } from "@/lib/users/data";
import { InviteUserForm } from "@/components/manage/invite-user-form";
import { UserRowActions } from "@/components/manage/user-row-actions";

export async function generateMetadata() {
  const t = await getTranslations("users");
  return { title: t("title") };
}

export default async function UsersPage() {
  const admin = await requirePagePermission("user:manage", "/manage/users");
  const [t, tm, users] = await Promise.all([getTranslations("users"), getTranslations("manage"), listUsers()]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="invite-heading" className="mt-6 max-w-3xl rounded border border-slate-300 p-4">
        <h2 id="invite-heading" className="text-xl font-semibold">
          {t("invite")}
        </h2>
        <div className="mt-3">
          <InviteUserForm />
        </div>
      </section>
      <table className="mt-8 w-full text-left text-sm" data-testid="users-table">
        <thead className="border-b border-slate-300">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t("columnUser")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("columnRole")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("columnState")}
            </th>
            <th scope="col" className="py-2">
              {t("columnActions")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {users.map((user) => (
            <tr key={user.id} data-email={user.email} className="align-top">
              <td className="py-2 pr-3">
                <div className="font-medium">{user.name}</div>
                <div className="text-slate-600">{user.email}</div>
              </td>
              <td className="py-2 pr-3">{tm(`role.${user.role}`)}</td>
              <td className="py-2 pr-3">{user.isActive ? t("active") : t("deactivated")}</td>
              <td className="py-2">
                <UserRowActions user={user} isSelf={user.id === admin.id} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
