"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";

type Props = { path: string; scope: string; technologies: { id: string; name: string }[] };

/** The portfolio or one technology; a plain GET form, so it also works before the page's script loads. */
export function ScopePicker({ path, scope, technologies }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <form method="get" action={path} className="flex items-end gap-2" aria-busy={pending}>
      <div className="space-y-1">
        <label htmlFor="scope" className="block text-xs font-medium text-slate-700">
          Scenarios for
        </label>
        <select
          id="scope"
          name="scope"
          data-testid="scenario-scope"
          defaultValue={scope}
          onChange={(e) => startTransition(() => router.push(`${path}?scope=${encodeURIComponent(e.target.value)}`))}
          className="block w-72 max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
        >
          <option value="portfolio">The whole portfolio</option>
          {technologies.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <noscript>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700">
          Show
        </button>
      </noscript>
      {pending && <span className="pb-2 text-xs text-slate-500" role="status">Loading…</span>}
    </form>
  );
}
