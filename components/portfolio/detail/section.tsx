import { Card } from "@tremor/react";

/** A titled card of the detail page; `empty` replaces the content with a hint when there is nothing to show. */
export function DetailSection({
  id,
  title,
  description,
  empty,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  empty?: string | false;
  children?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8" data-testid={`section-${id}`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {description && <p className="mt-0.5 text-sm text-slate-600">{description}</p>}
      <Card className="relative mt-3 overflow-x-auto p-0">
        {empty ? (
          <p className="p-6 text-sm text-slate-600" data-testid={`empty-${id}`}>
            {empty}
          </p>
        ) : (
          children
        )}
      </Card>
    </section>
  );
}

/** Table cell classes shared by the section tables. */
export const th = "px-4 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500";
export const td = "px-4 py-2 align-top text-sm text-slate-700";
export const num = "px-4 py-2 text-right align-top text-sm tabular-nums text-slate-900";
