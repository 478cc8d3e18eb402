import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldShell } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

/**
 * A labelled control whose id is also its name (and names its `<id>-error` message). With `onValue` it is
 * controlled by the caller's state; without, it is a plain named field of a `<form action>` (`defaultValue`).
 */
type Common = { id: string; label: string; errors?: string[]; hint?: ReactNode; className?: string };
type OnValue = { onValue?: (v: string) => void };

/** A text input; `prefix` shows e.g. the currency symbol inside it. */
export function TextInput({
  id,
  label,
  errors,
  hint,
  className,
  prefix,
  onValue,
  ...input
}: Common & OnValue & { prefix?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "prefix" | "className">) {
  return (
    <FieldShell name={id} label={label} errors={errors} hint={hint} className={className}>
      {(control) => {
        const field = (
          <Input name={id} {...control} onChange={onValue && ((e) => onValue(e.target.value))} className={prefix ? "pl-9 read-only:bg-slate-50" : "read-only:bg-slate-50"} {...input} />
        );
        if (!prefix) return field;
        return (
          <div className="relative">
            <span className="pointer-events-none absolute inset-y-0 left-0 flex w-8 items-center justify-center text-sm text-slate-500" aria-hidden>
              {prefix}
            </span>
            {field}
          </div>
        );
      }}
    </FieldShell>
  );
}

export type Option = { value: string; label: string };

export function SelectInput({
  id,
  label,
  errors,
  hint,
  className,
  options,
  onValue,
  ...select
}: Common & OnValue & { options: Option[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className">) {
  return (
    <FieldShell name={id} label={label} errors={errors} hint={hint} className={className}>
      {(control) => (
        <Select name={id} {...control} onChange={onValue && ((e) => onValue(e.target.value))} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      )}
    </FieldShell>
  );
}

export function TextArea({ id, label, errors, hint, className, onValue, ...area }: Common & OnValue & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className">) {
  return (
    <FieldShell name={id} label={label} errors={errors} hint={hint} className={className}>
      {(control) => <Textarea name={id} {...control} onChange={onValue && ((e) => onValue(e.target.value))} {...area} />}
    </FieldShell>
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
        <Button variant="danger-ghost" size="xs" onClick={onRemove}>
          Remove<span className="sr-only"> {title}</span>
        </Button>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
    </fieldset>
  );
}

export function AddButton({ onClick, children, disabled }: { onClick: () => void; children: ReactNode; disabled?: boolean }) {
  return (
    <Button variant="secondary" size="sm" onClick={onClick} disabled={disabled} className="border-dashed text-indigo-700 shadow-none hover:bg-indigo-50">
      + {children}
    </Button>
  );
}

export function Section({ id, title, description, errors, children }: { id: string; title: string; description?: string; errors?: string[]; children: ReactNode }) {
  return (
    <Card as="section" aria-labelledby={`${id}-heading`}>
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
    </Card>
  );
}
