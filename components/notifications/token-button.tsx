type Props = { action: string; token: string; locale: string; label: string; extra?: Record<string, string> };

/** A one-button POST carrying a link's token: works without JavaScript or a session. */
export function TokenButton({ action, token, locale, label, extra = {} }: Props) {
  return (
    <form method="post" action={action} className="mt-6">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(extra).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
        {label}
      </button>
    </form>
  );
}
