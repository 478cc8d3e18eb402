"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useState } from "react";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import { Td } from "@/components/ui/table";
import type { EntryGridRow } from "@/db/queries/kpis";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { label } from "@/lib/domain/labels";
import { formatMonth, type Formats } from "@/lib/format";
import { initialFormState, type FormState } from "@/lib/form-state";
import { saveKpiValues } from "@/lib/kpis/actions";
import { formatKpiValue } from "@/lib/kpis/format";
import { parseKpiValue, UNIT_RULES } from "@/lib/kpis/unit-rules";
import { EntryTable } from "./entry-table";
import { editableValue } from "./format-value";

type Props = { slug: string; formats: Formats; period: string; rows: EntryGridRow[] };
type Cell = { value: string; note: string };
type Saved = ActionResult<{ period: string; saved: number }>;

const FIX_MESSAGE = "Some values need fixing; nothing was saved.";

/**
 * The month's values in one keyboard form: Tab walks value → note → next value; Enter in either jumps to
 * the next row's value and, on the last row, submits. The browser checks each unit as the server will, and
 * the rows go to the action as one hidden `payload` field, so the grid needs JavaScript (it says so).
 */
export function EntryGrid({ slug, formats, period, rows }: Props) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [state, formAction] = useActionState(saveKpiValues.bind(null, slug), initialFormState as Saved);
  const [cells, setCells] = useState<Cell[]>(() => rows.map((r) => ({ value: editableValue(r.value, formats.locale), note: r.note ?? "" })));
  const checks = useLocalChecks(state, (i) => parseKpiValue(cells[i].value, rows[i].unit, formats.locale));
  const month = formatMonth(period, formats.locale, { long: true });

  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);

  const edit = (i: number, patch: Partial<Cell>) => setCells((c) => c.map((cell, j) => (j === i ? { ...cell, ...patch } : cell)));
  const focusValue = (i: number) => form.current?.querySelector<HTMLInputElement>(`#value-${i}`)?.focus();
  function onEnter(i: number) {
    if (i < rows.length - 1) focusValue(i + 1);
    else form.current?.requestSubmit();
  }
  // The browser's own check first: a bad value stops the post and is shown beside its row.
  function onSubmit(event: React.FormEvent) {
    const invalid = checks.invalidRows(rows.length);
    if (invalid.length === 0) return checks.clear();
    event.preventDefault();
    checks.showAll(invalid);
    focusValue(invalid[0]);
  }

  const payload = { period, values: rows.map((r, i) => ({ kpiId: r.id, value: cells[i].value, note: cells[i].note })) };
  return (
    <form ref={form} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <noscript>
        <p className="text-sm text-amber-800">Entering values needs JavaScript: the grid checks each value in the browser and saves the month in one go.</p>
      </noscript>
      <input type="hidden" name="payload" value={JSON.stringify(payload)} />
      <GridMessage state={state} local={checks.message} month={month} />
      <EntryTable period={period} locale={formats.locale} valueAlign="left">
        {rows.map((row, i) => (
          <EntryRow key={row.id} index={i} row={row} cell={cells[i]} error={checks.errorOf(i)} formats={formats} onEdit={(patch) => edit(i, patch)} onBlur={() => checks.touch(i)} onEnter={() => onEnter(i)} />
        ))}
      </EntryTable>
      <div className="flex items-center justify-between gap-4">
        <p className="text-xs text-slate-500">A blank value means no value this month; a value saved earlier for that KPI is left unchanged.</p>
        <SubmitButton pendingLabel="Saving…" block={false}>{`Save ${month}`}</SubmitButton>
      </div>
    </form>
  );
}

/**
 * Which rows show the browser's check instead of the server's message: those edited since the last answer.
 * Both reset when the server answers again.
 */
function useLocalChecks(state: FormState, check: (i: number) => { error: string } | { value: string | null } | object) {
  const [local, setLocal] = useState<{ for: FormState; touched: Set<number>; message?: string }>({ for: state, touched: new Set() });
  const current = local.for === state ? local : { for: state, touched: new Set<number>(), message: undefined };
  const localError = (i: number) => {
    const parsed = check(i);
    return "error" in parsed ? parsed.error : undefined;
  };
  return {
    message: current.message,
    errorOf: (i: number) => (current.touched.has(i) ? localError(i) : state.fieldErrors?.[`values.${i}.value`]?.[0]),
    invalidRows: (count: number) => Array.from({ length: count }, (_, i) => i).filter((i) => localError(i)),
    touch: (i: number) => setLocal({ ...current, touched: new Set(current.touched).add(i) }),
    showAll: (rows: number[]) => setLocal({ for: state, touched: new Set(rows), message: FIX_MESSAGE }),
    clear: () => setLocal({ for: state, touched: new Set() }),
  };
}

function GridMessage({ state, local, month }: { state: Saved; local?: string; month: string }) {
  const problem = local ?? (state.ok ? undefined : state.message);
  return (
    <p role="status" aria-live="polite" data-testid="grid-message" className="min-h-5 text-sm">
      {problem ? <span className="text-red-700">{problem}</span> : state.ok && <span className="text-emerald-700">Saved {state.data?.saved ?? 0} changed value(s) for {month}.</span>}
    </p>
  );
}

type RowProps = {
  index: number;
  row: EntryGridRow;
  cell: Cell;
  error?: string;
  formats: Formats;
  onEdit: (patch: Partial<Cell>) => void;
  onBlur: () => void;
  onEnter: () => void;
};

function EntryRow({ index: i, row, cell, error, formats, onEdit, onBlur, onEnter }: RowProps) {
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    onEnter();
  };
  return (
    <tr data-testid="entry-row" data-target={row.target} className="align-top">
      <th scope="row" className="px-3 py-2 text-left text-sm font-medium text-slate-900">
        <label htmlFor={`value-${i}`}>{row.name}</label>
        <span className="block text-xs font-normal text-slate-500">
          {label(row.unit)} · {UNIT_RULES[row.unit].hint}
        </span>
      </th>
      <Td align="right" className="text-slate-600">{formatKpiValue(row.previousValue, row.unit, formats)}</Td>
      <Td align="right" className="text-slate-600">{formatKpiValue(row.target, row.unit, formats)}</Td>
      <td className="w-40 px-3 py-2">
        <Input
          id={`value-${i}`}
          inputMode="decimal"
          autoComplete="off"
          value={cell.value}
          onChange={(e) => onEdit({ value: e.target.value })}
          onBlur={onBlur}
          onKeyDown={onKeyDown}
          invalid={Boolean(error)}
          aria-describedby={error ? `value-${i}-error` : undefined}
          className="px-2 py-1.5 text-right tabular-nums"
        />
        {error && (
          <p id={`value-${i}-error`} className="mt-1 text-xs text-red-600" data-testid={`value-${i}-error`}>
            {error}
          </p>
        )}
      </td>
      <td className="px-3 py-2">
        <Input aria-label={`Note for ${row.name}`} value={cell.note} maxLength={500} onChange={(e) => onEdit({ note: e.target.value })} onKeyDown={onKeyDown} className="px-2 py-1.5" />
      </td>
    </tr>
  );
}
