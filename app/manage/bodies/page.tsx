import { Link } from "@/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/guard";
import { listBodiesForWorkspace } from "@/lib/bodies/data";
import { BodyForm } from "@/components/manage/body-form";

export async function generateMetadata() {
  const t = await getTranslations("manage.bodies");
  return { title: t("title") };
}

export default async function BodiesAdminPage() {
  await requirePagePermission("body:manage", "/manage/bodies");
  const [t, bodies] = await Promise.all([getTranslations("manage.bodies"), listBodiesForWorkspace()]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="add-body-heading" className="mt-6 max-w-4xl rounded border border-slate-300 p-4">
        <h2 id="add-body-heading" className="text-xl font-semibold">
          {t("addHeading")}
        </h2>
        <div className="mt-3">
          <BodyForm mode="create" />
        </div>
      </section>
      <section aria-labelledby="bodies-heading" className="mt-8 max-w-4xl">
        <h2 id="bodies-heading" className="text-xl font-semibold">
          {t("listHeading")}
        </h2>
        <ul className="mt-3 divide-y divide-slate-200 border-y border-slate-200" data-testid="bodies-list">
          {bodies.map((body) => (
            <li key={body.key} className="py-4" data-key={body.key}>
              <p className="flex flex-wrap items-baseline gap-x-4">
                <code className="font-semibold">{body.key}</code>
                <span className="text-sm text-slate-700">{t("commitments", { count: body.commitmentCount })}</span>
                <Link href={`/bodies/${body.key}`} className="text-sm text-brand underline underline-offset-4">
                  {t("publicPage")}
                </Link>
              </p>
              <div className="mt-2">
                <BodyForm mode="edit" body={body} />
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
