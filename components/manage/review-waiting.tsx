import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** On a reviewer's workspace home: how many proposals wait for them, linking to the review queue. */
export async function ReviewWaiting({ count }: { count: number }) {
  const t = await getTranslations("review");
  return (
    <p
      className={`mt-4 max-w-3xl rounded border p-3 ${count > 0 ? "border-sky-800 bg-sky-50 text-sky-950" : "border-slate-300 bg-slate-50"}`}
      data-testid="review-waiting"
    >
      {t("waiting", { count })}{" "}
      <Link href="/manage/review" className="font-medium underline underline-offset-4">
        {t("openQueue")}
      </Link>
    </p>
  );
}
