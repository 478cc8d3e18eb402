import type { TemplateSource } from "@/db/queries/templates";

/** Choosing a source is navigation (?source=slug): the preview is read on the server for that source. */
export function TemplateSourcePicker({ slug, sources, selected }: { slug: string; sources: TemplateSource[]; selected: string | null }) {
  return (
    <form method="get" action={`/w/${slug}/templates`} className="flex flex-wrap items-end gap-3">
      <label className="block text-sm">
        <span className="mb-1 block font-medium text-slate-700">Copy from</span>
        <select
          name="source"
          defaultValue={selected ?? ""}
          data-testid="template-source"
          className="min-w-64 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none"
        >
          <option value="">Choose a workspace…</option>
          {sources.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50">
        Preview
      </button>
    </form>
  );
}
