"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useTransition } from "react";
// Type-only: the keys are the schema's field names, and the zod parser stays on the server.
import type { TableParams } from "@/lib/portfolio/table-params";

/** A change to the query string; the keys default to the portfolio table's, another table names its own. */
export type ParamPatch<K extends string = keyof TableParams> = Partial<Record<K, string | readonly string[] | null>>;

/** The current query string with `patch` applied; `null` or `[]` removes a key (back to its default). */
export function patchQuery(current: URLSearchParams, patch: ParamPatch<string>): string {
  const next = new URLSearchParams(current);
  for (const [key, value] of Object.entries(patch)) {
    next.delete(key);
    if (value === null || value === undefined) continue;
    for (const v of typeof value === "string" ? [value] : value) if (v !== "") next.append(key, v);
  }
  // Any change to what is shown starts again at page 1, unless the patch is itself a page move.
  if (!("page" in patch)) next.delete("page");
  const query = next.toString();
  return query ? `?${query}` : "";
}

/**
 * The table's state lives in the URL, so it can be shared and the back button works. `push` adds a
 * history entry (sorting, filtering, paging); `replace` does not (each debounced keystroke of a search).
 */
export function useTableUrl<K extends string = keyof TableParams>() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const update = useCallback(
    (patch: ParamPatch<K>, mode: "push" | "replace" = "push") => {
      const href = `${pathname}${patchQuery(new URLSearchParams(searchParams.toString()), patch)}`;
      startTransition(() => router[mode](href, { scroll: false }));
    },
    [pathname, router, searchParams],
  );

  const hrefFor = useCallback(
    (patch: ParamPatch<K>) => `${pathname}${patchQuery(new URLSearchParams(searchParams.toString()), patch)}`,
    [pathname, searchParams],
  );

  return { update, hrefFor, pending, searchParams };
}
