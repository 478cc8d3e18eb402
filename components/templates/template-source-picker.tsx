import type { TemplateSource } from "@/db/queries/templates";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

/** Choosing a source is navigation (?source=slug): the preview is read on the server for that source. */
export function TemplateSourcePicker({ slug, sources, selected }: { slug: string; sources: TemplateSource[]; selected: string | null }) {
  return (
    <form method="get" action={`/w/${slug}/templates`} className="flex flex-wrap items-end gap-3">
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">Copy from</span>
        <Select name="source" defaultValue={selected ?? ""} data-testid="template-source" className="min-w-64" options={sources.map((s) => ({ value: s.slug, label: s.name }))}>
          <option value="">Choose a workspace…</option>
        </Select>
      </label>
      <Button type="submit" variant="secondary">
        Preview
      </Button>
    </form>
  );
}
