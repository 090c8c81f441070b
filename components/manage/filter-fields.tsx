import { Link } from "@/i18n/navigation";

export const FILTER_INPUT_CLASS = "mt-1 w-full rounded border border-slate-400 px-2 py-1.5";

/** One labelled select of a workspace filter form; the first option (value `anyValue`) means "no filter". */
export function FilterSelect({
  id,
  name,
  label,
  defaultValue,
  anyLabel,
  anyValue = "",
  options,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue: string | undefined;
  anyLabel: string;
  anyValue?: string;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue ?? anyValue} className={FILTER_INPUT_CLASS}>
        <option value={anyValue}>{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A filter form's last row: apply, and a link back to the unfiltered list. */
export function FilterActions({
  className,
  applyLabel,
  resetHref,
  resetLabel,
}: {
  className: string;
  applyLabel: string;
  resetHref: string;
  resetLabel: string;
}) {
  return (
    <div className={`flex items-end gap-3 ${className}`}>
      <button type="submit" className="rounded bg-slate-900 px-4 py-1.5 font-medium text-white">
        {applyLabel}
      </button>
      <Link href={resetHref} className="underline underline-offset-4">
        {resetLabel}
      </Link>
    </div>
  );
}
