import { getTranslations } from "next-intl/server";

type Props = {
  locale: string;
  /** What the form follows: a commitment (slug and title), a theme (key and name), or everything. */
  target:
    | { scope: "COMMITMENT"; slug: string; title: string }
    | { scope: "THEME"; theme: string; name: string }
    | { scope: "ALL" };
  error?: "email" | "frequency" | "target";
};

/** The follow form: a plain POST, so it works without JavaScript (api/notifications/follow answers with a 303). */
export async function FollowForm({ locale, target, error }: Props) {
  const t = await getTranslations("follow");
  const label =
    target.scope === "COMMITMENT"
      ? t("scopeCommitment", { title: target.title })
      : target.scope === "THEME"
        ? t("scopeTheme", { theme: target.name })
        : t("scopeAll");
  return (
    <form method="post" action="/api/notifications/follow" className="mt-6 max-w-xl space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="scope" value={target.scope} />
      {target.scope === "COMMITMENT" ? <input type="hidden" name="commitment" value={target.slug} /> : null}
      {target.scope === "THEME" ? <input type="hidden" name="theme" value={target.theme} /> : null}
      <p>
        <span className="block font-semibold">{t("what")}</span>
        {label}
      </p>
      <div>
        <label htmlFor="follow-email" className="block font-semibold">
          {t("email")}
        </label>
        <input
          id="follow-email"
          name="email"
          type="email"
          required
          maxLength={254}
          autoComplete="email"
          aria-invalid={error === "email" ? true : undefined}
          aria-describedby={error ? "follow-error" : undefined}
          className="mt-1 w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <fieldset>
        <legend className="font-semibold">{t("frequency")}</legend>
        <label className="mt-1 flex items-center gap-2">
          <input type="radio" name="frequency" value="IMMEDIATE" defaultChecked /> {t("frequencyImmediate")}
        </label>
        <label className="mt-1 flex items-center gap-2">
          <input type="radio" name="frequency" value="DAILY" /> {t("frequencyDaily")}
        </label>
      </fieldset>
      {error ? (
        <p id="follow-error" role="alert" className="font-semibold text-red-800">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
        {t("submit")}
      </button>
    </form>
  );
}
