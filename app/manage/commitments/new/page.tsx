import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";
import { listBodyChoices } from "@/lib/bodies/data";
import { requirePagePermission } from "@/lib/auth/guard";
import { listInstruments, listSources } from "@/lib/manage/data";
import { CommitmentForm } from "@/components/manage/commitment-form";

export async function generateMetadata() {
  const t = await getTranslations("manage.commitment");
  return { title: t("newTitle") };
}

export default async function NewCommitmentPage() {
  await requirePagePermission("commitment:create", "/manage/commitments/new");
  // The text's language starts as the workspace's: an editor working in Kazakh most likely writes in Kazakh.
  const locale = (await getLocale()) as Locale;
  const [t, instruments, sources, bodies] = await Promise.all([
    getTranslations("manage.commitment"),
    listInstruments(),
    listSources(),
    listBodyChoices(locale),
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t("newTitle")}</h1>
      <div className="mt-6 max-w-3xl">
        <CommitmentForm
          mode="create"
          instruments={instruments}
          bodies={bodies}
          sources={sources.map((source) => ({ ...source, publishedOn: source.publishedOn?.toISOString() ?? null }))}
          initial={{
            slug: "",
            title: "",
            summary: "",
            category: "",
            responsibleBody: "",
            firstStatedOn: "",
            targetDate: "",
            instruments: [],
            sourceLocale: locale,
          }}
        />
      </div>
    </>
  );
}
