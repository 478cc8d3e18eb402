"use client";

import { useRouter } from "next/navigation";
import { Select } from "@/components/ui/select";

type Option = { slug: string; name: string };

/** A native select: keyboard-accessible as is, and it works before hydration falls back to links elsewhere. */
export function WorkspaceSwitcher({ current, workspaces }: { current: string; workspaces: Option[] }) {
  const router = useRouter();
  return (
    <label className="block">
      <span className="sr-only">Switch workspace</span>
      <Select
        data-testid="workspace-switcher"
        value={current}
        onChange={(event) => router.push(`/w/${event.target.value}/dashboard`)}
        className="px-2 py-1.5 font-medium"
        options={workspaces.map((w) => ({ value: w.slug, label: w.name }))}
      />
    </label>
  );
}
