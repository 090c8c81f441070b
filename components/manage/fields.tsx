"use client";
import { useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/i18n/format-number";
import { useKeepEarlyInput } from "@/components/forms/use-keep-early-input";

// Labelled form fields with their error message underneath, linked for screen readers. A field
// with a length limit shows a live count instead of the browser's maxlength, which silently cuts
// pasted text: over the limit, the count says so and the server refuses it with a message, and
// nothing the person typed is lost.

type BaseProps = { id: string; name: string; label: string; error?: string; hint?: string; required?: boolean };

function Described({ id, error, hint }: { id: string; error?: string; hint?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, error?: string, hint?: string, hasCounter = false): string | undefined {
  const ids = [hint ? `${id}-hint` : null, hasCounter ? `${id}-count` : null, error ? `${id}-error` : null].filter(
    Boolean,
  );
  return ids.length > 0 ? ids.join(" ") : undefined;
}

/** The length of a field's text against its limit; announced only once the limit is passed. */
function LengthCounter({ id, length, max }: { id: string; length: number; max: number }) {
  const t = useTranslations("manage.fields");
  const locale = useLocale();
  const isOver = length > max;
  return (
    <p
      id={`${id}-count`}
      aria-live={isOver ? "polite" : "off"}
      data-testid={`${id}-count`}
      className={`mt-1 text-sm ${isOver ? "font-medium text-red-800" : "text-slate-600"}`}
    >
      {isOver
        ? t("overLimit", { over: length - max, max: formatNumber(max, locale) })
        : t("counter", { count: formatNumber(length, locale), max: formatNumber(max, locale) })}
    </p>
  );
}

/** The current length of an uncontrolled field, for its counter. */
function useLength(defaultValue: string | undefined) {
  const [length, setLength] = useState(defaultValue?.length ?? 0);
  return {
    length,
    onInput: (event: { currentTarget: { value: string } }) => setLength(event.currentTarget.value.length),
    setText: (text: string) => setLength(text.length),
  };
}

const inputClass = (error?: string) =>
  `mt-1 w-full rounded border px-3 py-2 ${error ? "border-red-700" : "border-slate-400"}`;

export function TextField({
  id,
  name,
  label,
  error,
  hint,
  required,
  defaultValue,
  type = "text",
  maxLength,
  min,
  max,
}: BaseProps & { defaultValue?: string; type?: string; maxLength?: number; min?: string; max?: string }) {
  const { length, onInput } = useLength(defaultValue);
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        onInput={maxLength ? onInput : undefined}
        min={min}
        max={max}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, Boolean(maxLength))}
        className={inputClass(error)}
      />
      {maxLength ? <LengthCounter id={id} length={length} max={maxLength} /> : null}
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextArea({
  id,
  name,
  label,
  error,
  hint,
  required,
  defaultValue,
  rows = 4,
  maxLength,
}: BaseProps & { defaultValue?: string; rows?: number; maxLength?: number }) {
  const { length, onInput, setText } = useLength(defaultValue);
  const ref = useKeepEarlyInput(setText);
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <textarea
        ref={ref}
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        required={required}
        onInput={maxLength ? onInput : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint, Boolean(maxLength))}
        className={inputClass(error)}
      />
      {maxLength ? <LengthCounter id={id} length={length} max={maxLength} /> : null}
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function SelectField({
  id,
  name,
  label,
  error,
  hint,
  required,
  defaultValue,
  options,
  placeholder,
  onChange,
}: BaseProps & {
  defaultValue?: string;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  onChange?: (value: string) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={inputClass(error)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function FieldGroup({ legend, children, error }: { legend: string; children: ReactNode; error?: string }) {
  return (
    <fieldset className="rounded border border-slate-300 p-4">
      <legend className="px-1 font-semibold">{legend}</legend>
      {children}
      {error ? <p className="mt-2 text-sm font-medium text-red-800">{error}</p> : null}
    </fieldset>
  );
}
