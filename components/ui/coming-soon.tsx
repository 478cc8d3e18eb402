import { PageHeader } from "./page-header";

/** Placeholder for a section that is planned but not built yet: says what will be here. */
export function ComingSoon({ title, summary, items }: { title: string; summary: string; items: string[] }) {
  return (
    <>
      <PageHeader title={title} />
      <section className="rounded-xl border border-dashed border-slate-300 bg-white p-8" data-testid="coming-soon">
        <p className="font-medium">{summary}</p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-600">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
