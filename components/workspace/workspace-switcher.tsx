"use client";

import { useRouter } from "next/navigation";

type Option = { slug: string; name: string };

/** A native select: keyboard-accessible as is, and it works before hydration falls back to links elsewhere. */
export function WorkspaceSwitcher({ current, workspaces }: { current: string; workspaces: Option[] }) {
  const router = useRouter();
  return (
    <label className="block">
      <span className="sr-only">Switch workspace</span>
      <select
        data-testid="workspace-switcher"
        value={current}
        onChange={(event) => router.push(`/w/${event.target.value}/dashboard`)}
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-medium shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
      >
        {workspaces.map((w) => (
          <option key={w.slug} value={w.slug}>
            {w.name}
          </option>
        ))}
      </select>
    </label>
  );
}
