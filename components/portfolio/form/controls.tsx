import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const base = "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2";
const ok = "border-slate-300 focus:border-indigo-500 focus:ring-indigo-200";
const bad = "border-red-400 focus:ring-red-200";

type Common = { id: string; label: string; errors?: string[]; hint?: ReactNode; className?: string };

function Frame({ id, label, errors, hint, className, children }: Common & { children: ReactNode }) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      {children}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-xs text-red-600" data-testid={`${id}-error`}>
          {errors[0]}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

function aria(id: string, errors?: string[], hint?: ReactNode) {
  const invalid = Boolean(errors?.length);
  return {
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? `${id}-error` : hint ? `${id}-hint` : undefined,
  };
}

/** A controlled input with its label and its message beneath it. `prefix` shows e.g. the currency symbol. */
export function TextInput({
  id,
  label,
  errors,
  hint,
  className,
  prefix,
  onValue,
  ...input
}: Common & { prefix?: string; onValue: (v: string) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "prefix" | "className">) {
  const field = (
    <input
      id={id}
      name={id}
      {...aria(id, errors, hint)}
      onChange={(e) => onValue(e.target.value)}
      className={`${base} ${errors?.length ? bad : ok} ${prefix ? "pl-9" : ""} read-only:bg-slate-50`}
      {...input}
    />
  );
  return (
    <Frame id={id} label={label} errors={errors} hint={hint} className={className}>
      {prefix ? (
        <div className="relative">
          <span className="pointer-events-none absolute inset-y-0 left-0 flex w-8 items-center justify-center text-sm text-slate-500" aria-hidden>
            {prefix}
          </span>
          {field}
        </div>
      ) : (
        field
      )}
    </Frame>
  );
}

export function SelectInput({
  id,
  label,
  errors,
  hint,
  className,
  options,
  onValue,
  ...select
}: Common & { options: { value: string; label: string }[]; onValue: (v: string) => void } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className">) {
  return (
    <Frame id={id} label={label} errors={errors} hint={hint} className={className}>
      <select id={id} name={id} {...aria(id, errors, hint)} onChange={(e) => onValue(e.target.value)} className={`${base} ${errors?.length ? bad : ok}`} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function TextArea({
  id,
  label,
  errors,
  hint,
  className,
  onValue,
  ...area
}: Common & { onValue: (v: string) => void } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className">) {
  return (
    <Frame id={id} label={label} errors={errors} hint={hint} className={className}>
      <textarea id={id} name={id} {...aria(id, errors, hint)} onChange={(e) => onValue(e.target.value)} className={`${base} ${errors?.length ? bad : ok}`} {...area} />
    </Frame>
  );
}

/** One repeated row: a bordered card with a keyboard-reachable remove button naming what it removes. */
export function RowCard({ title, onRemove, children }: { title: string; onRemove: () => void; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-slate-50/50 p-4">
      <legend className="sr-only">{title}</legend>
      <div className="mb-3 flex items-center justify-between">
        <p className="text-sm font-medium text-slate-700" aria-hidden>
          {title}
        </p>
        <button type="button" onClick={onRemove} className="rounded px-2 py-1 text-xs font-medium text-red-600 hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-red-200">
          Remove<span className="sr-only"> {title}</span>
        </button>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
    </fieldset>
  );
}

export function AddButton({ onClick, children, disabled }: { onClick: () => void; children: ReactNode; disabled?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className="rounded-md border border-dashed border-slate-300 px-3 py-2 text-sm font-medium text-indigo-700 hover:bg-indigo-50 focus:outline-none focus:ring-2 focus:ring-indigo-200 disabled:opacity-50"
    >
      + {children}
    </button>
  );
}

export function Section({ id, title, description, errors, children }: { id: string; title: string; description?: string; errors?: string[]; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      {errors?.length ? (
        <p className="mt-2 text-sm text-red-600" data-testid={`${id}-error`}>
          {errors[0]}
        </p>
      ) : null}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}
