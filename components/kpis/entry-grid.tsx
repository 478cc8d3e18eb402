"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import type { EntryGridRow } from "@/db/queries/kpis";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { label } from "@/lib/domain/labels";
import { saveKpiValues } from "@/lib/kpis/actions";
import { formatMonth, type Formats } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import { parseKpiValue, UNIT_RULES } from "@/lib/kpis/unit-rules";
import { editableValue } from "./format-value";

type Props = { slug: string; formats: Formats; period: string; rows: EntryGridRow[] };
type Cell = { value: string; note: string };

const input = "block w-full rounded-md border bg-white px-2 py-1.5 text-sm shadow-sm focus:outline-none focus:ring-2";

/**
 * The month's values in one keyboard form: Tab walks value → note → next value; Enter in either jumps to
 * the next row's value and, on the last row, submits. The browser checks each unit as the server will.
 */
export function EntryGrid({ slug, formats, period, rows }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [cells, setCells] = useState<Cell[]>(() => rows.map((r) => ({ value: editableValue(r.value, formats.locale), note: r.note ?? "" })));
  const [touched, setTouched] = useState<Set<number>>(new Set());
  const [result, setResult] = useState<ActionResult<{ saved: number }>>();
  const [pending, startTransition] = useTransition();

  const localError = (i: number) => {
    const parsed = parseKpiValue(cells[i].value, rows[i].unit, formats.locale);
    return "error" in parsed ? parsed.error : undefined;
  };
  // Once edited again, the browser's own check replaces the server's message for that row.
  const errorOf = (i: number) => (touched.has(i) ? localError(i) : result?.fieldErrors?.[`values.${i}.value`]?.[0]);
  const edit = (i: number, key: keyof Cell, value: string) => setCells((c) => c.map((cell, j) => (j === i ? { ...cell, [key]: value } : cell)));
  const focusValue = (i: number) => form.current?.querySelector<HTMLInputElement>(`#value-${i}`)?.focus();

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>, i: number) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    if (i < rows.length - 1) focusValue(i + 1);
    else form.current?.requestSubmit();
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    const invalid = rows.map((_, i) => i).filter((i) => localError(i));
    if (invalid.length) {
      setTouched(new Set(invalid));
      setResult({ ok: false, message: "Some values need fixing; nothing was saved." });
      return focusValue(invalid[0]);
    }
    const values = rows.map((r, i) => ({ kpiId: r.id, value: cells[i].value, note: cells[i].note }));
    startTransition(async () => {
      const saved = await saveKpiValues(slug, { period, values });
      setTouched(new Set());
      setResult(saved);
      if (saved.ok) router.refresh();
    });
  }

  return (
    <form ref={form} onSubmit={submit} noValidate aria-busy={pending} className="space-y-4">
      <p role="status" aria-live="polite" data-testid="grid-message" className="min-h-5 text-sm">
        {result?.ok && <span className="text-emerald-700">Saved {result.data?.saved ?? 0} changed value(s) for {formatMonth(period, formats.locale, { long: true })}.</span>}
        {result && !result.ok && <span className="text-red-700">{result.message}</span>}
      </p>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-100">
          <thead>
            <tr className="text-left text-xs font-medium uppercase tracking-wide text-slate-500">
              <th className="px-3 py-2">KPI</th>
              <th className="px-3 py-2 text-right">Last month</th>
              <th className="px-3 py-2 text-right">Target</th>
              <th className="px-3 py-2">{formatMonth(period, formats.locale, { long: true })}</th>
              <th className="px-3 py-2">Note</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row, i) => {
              const error = errorOf(i);
              return (
                <tr key={row.id} data-testid="entry-row" data-target={row.target} className="align-top">
                  <th scope="row" className="px-3 py-2 text-left text-sm font-medium text-slate-900">
                    <label htmlFor={`value-${i}`}>{row.name}</label>
                    <span className="block text-xs font-normal text-slate-500">
                      {label(row.unit)} · {UNIT_RULES[row.unit].hint}
                    </span>
                  </th>
                  <td className="px-3 py-2 text-right text-sm tabular-nums text-slate-600">{formatKpiValue(row.previousValue, row.unit, formats)}</td>
                  <td className="px-3 py-2 text-right text-sm tabular-nums text-slate-600">{formatKpiValue(row.target, row.unit, formats)}</td>
                  <td className="w-40 px-3 py-2">
                    <input
                      id={`value-${i}`}
                      inputMode="decimal"
                      autoComplete="off"
                      value={cells[i].value}
                      onChange={(e) => edit(i, "value", e.target.value)}
                      onBlur={() => setTouched((t) => new Set(t).add(i))}
                      onKeyDown={(e) => onKeyDown(e, i)}
                      aria-invalid={Boolean(error) || undefined}
                      aria-describedby={error ? `value-${i}-error` : undefined}
                      className={`${input} text-right tabular-nums ${error ? "border-red-400 focus:ring-red-200" : "border-slate-300 focus:ring-indigo-200"}`}
                    />
                    {error && (
                      <p id={`value-${i}-error`} className="mt-1 text-xs text-red-600" data-testid={`value-${i}-error`}>
                        {error}
                      </p>
                    )}
                  </td>
                  <td className="px-3 py-2">
                    <input
                      aria-label={`Note for ${row.name}`}
                      value={cells[i].note}
                      maxLength={500}
                      onChange={(e) => edit(i, "note", e.target.value)}
                      onKeyDown={(e) => onKeyDown(e, i)}
                      className={`${input} border-slate-300 focus:ring-indigo-200`}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="flex items-center justify-between gap-4">
        <p className="text-xs text-slate-500">A blank value means no value this month; a value saved earlier for that KPI is left unchanged.</p>
        <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70">
          {pending ? "Saving…" : `Save ${formatMonth(period, formats.locale, { long: true })}`}
        </button>
      </div>
    </form>
  );
}
