"use client";

import { useEffect, useRef, useState } from "react";
import { missingFilters, type MissingFilter } from "@/lib/portfolio/table-query";
import type { PortfolioRow } from "@/lib/portfolio/types";
import { CheckMenu, type CheckOption } from "./check-menu";
import { label } from "@/lib/domain/labels";
import { missingFilterLabels } from "@/lib/portfolio/column-labels";
import { useTableUrl } from "./use-table-url";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type Props = {
  q: string;
  category: PortfolioRow["category"][];
  status: PortfolioRow["status"][];
  missing: MissingFilter | null;
  /** The enum values, passed from the server so this bundle does not pull in the database schema. */
  categories: readonly PortfolioRow["category"][];
  statuses: readonly PortfolioRow["status"][];
  columns: CheckOption[];
  onToggleColumn: (id: string, visible: boolean) => void;
};

const SEARCH_DEBOUNCE_MS = 300;
const SEARCH_ID = "portfolio-search";
const toggled = (list: readonly string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

export function Toolbar({ q, category, status, missing, categories, statuses, columns, onToggleColumn }: Props) {
  const { update, pending } = useTableUrl();
  const search = useSearch(q, (value) => update({ q: value.trim() || null }, "replace"));
  const filtered = Boolean(q || category.length || status.length || missing);
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2" role="search" aria-busy={pending || undefined}>
      <label htmlFor={SEARCH_ID} className="sr-only">
        Search technologies by name, vendor or owner
      </label>
      <Input id={SEARCH_ID} type="search" value={search.text} onChange={(e) => search.onChange(e.target.value)} placeholder="Search name, vendor, owner…" className="h-9 w-64 py-0" />
      <CheckMenu
        label="Category"
        count={category.length}
        options={categories.map((c) => ({ value: c, label: label(c), checked: category.includes(c) }))}
        onToggle={(value, on) => update({ category: toggled(category, value, on) })}
      />
      <CheckMenu
        label="Status"
        count={status.length}
        options={statuses.map((s) => ({ value: s, label: label(s), checked: status.includes(s) }))}
        onToggle={(value, on) => update({ status: toggled(status, value, on) })}
      />
      <MissingSelect missing={missing} onChange={(value) => update({ missing: value || null })} />
      {filtered && (
        <Button
          variant="ghost"
          size="sm"
          className="h-9 font-normal text-indigo-700 hover:bg-indigo-50"
          onClick={() => {
            search.clear();
            update({ q: null, category: null, status: null, missing: null });
          }}
        >
          Clear filters
        </Button>
      )}
      <div className="ml-auto flex items-center gap-3">
        {pending && <span className="size-4 animate-spin rounded-full border-2 border-indigo-200 border-t-indigo-600" role="status" aria-label="Updating" />}
        <CheckMenu label="Columns" options={columns} onToggle={onToggleColumn} align="right" />
      </div>
    </div>
  );
}

function MissingSelect({ missing, onChange }: { missing: MissingFilter | null; onChange: (value: string) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      <span className="sr-only sm:not-sr-only">Missing</span>
      <Select value={missing ?? ""} onChange={(e) => onChange(e.target.value)} className="h-9 w-auto px-2 py-0 shadow-none">
        <option value="">Any completeness</option>
        {missingFilters.map((m) => (
          <option key={m} value={m}>
            {missingFilterLabels[m]}
          </option>
        ))}
      </Select>
    </label>
  );
}

/** The search box's text: sent to the URL after a pause, and following the URL unless the user is typing in it. */
function useSearch(q: string, send: (value: string) => void) {
  const [text, setText] = useState(q);
  const [followed, setFollowed] = useState(q);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Follow the URL (back button, "Clear filters") unless the user is typing into the box right now. The URL
  // changes only in the browser, so `document` is there whenever this runs.
  if (q !== followed) {
    setFollowed(q);
    if (document.activeElement?.id !== SEARCH_ID) setText(q);
  }
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    text,
    onChange(value: string) {
      setText(value);
      clearTimeout(timer.current);
      // Replace, not push: one history entry per keystroke would make the back button useless.
      timer.current = setTimeout(() => send(value), SEARCH_DEBOUNCE_MS);
    },
    clear() {
      clearTimeout(timer.current);
      setText("");
    },
  };
}
