import type { ReactNode } from "react";

// Labelled form fields with their error message underneath, linked for screen readers.

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

function describedBy(id: string, error?: string, hint?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

const inputClass = (error?: string) => `mt-1 w-full rounded border px-3 py-2 ${error ? "border-red-700" : "border-slate-400"}`;

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
        maxLength={maxLength}
        min={min}
        max={max}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={inputClass(error)}
      />
      <Described id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextArea({ id, name, label, error, hint, required, defaultValue, rows = 4, maxLength }: BaseProps & { defaultValue?: string; rows?: number; maxLength?: number }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        required={required}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={inputClass(error)}
      />
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
}: BaseProps & { defaultValue?: string; options: readonly { value: string; label: string }[]; placeholder?: string; onChange?: (value: string) => void }) {
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
