"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { ImportWizard } from "@/components/imports/import-wizard";
import type { PreviewColumn } from "@/components/imports/preview-table";
import { Button, buttonVariants } from "@/components/ui/button";
import { label } from "@/lib/domain/labels";
import type { ImportField } from "@/lib/imports/pipeline";
import { importTechnologies, previewImport, type ImportResult, type PreviewTechnology } from "@/lib/portfolio/import-actions";

const technologies = (n: number) => (n === 1 ? "1 technology" : `${n} technologies`);
const none = <span className="text-slate-400">—</span>;

const COLUMNS: PreviewColumn<PreviewTechnology>[] = [
  { header: "Name", cell: (t) => <span className="font-medium text-slate-900">{t.name}</span> },
  { header: "Vendor", cell: (t) => t.vendor || none },
  { header: "Category", cell: (t) => label(t.category) },
  { header: "Status", cell: (t) => label(t.status) },
  { header: "Cost lines", cell: (t) => t.costLines, align: "right" },
  { header: "Benefit lines", cell: (t) => t.benefitLines, align: "right" },
];

type ImportFormProps = { slug: string; fields: readonly ImportField[]; maxBytes: number };

/** The technologies CSV on the import wizard: its columns, its preview and what an import adds. */
export function ImportForm({ slug, fields, maxBytes }: ImportFormProps) {
  return (
    <ImportWizard<PreviewTechnology, ImportResult>
      file={{ id: "csv-file", label: "CSV file", accept: ".csv,text/csv", hint: <FileHint slug={slug} /> }}
      fields={fields}
      maxBytes={maxBytes}
      check={(request) => previewImport(slug, request)}
      commit={(form) => importTechnologies(slug, form)}
      columns={COLUMNS}
      noun={technologies}
      done={(result, reset) => <ImportSuccess slug={slug} imported={result.imported} onReset={reset} />}
    />
  );
}

function FileHint({ slug }: { slug: string }) {
  return (
    <>
      Up to 1 MB. Not sure about the columns?{" "}
      <a href={`/w/${slug}/portfolio/import/template`} download className="font-medium text-indigo-600 hover:underline">
        Download the template
      </a>{" "}
      or{" "}
      <a href={`/w/${slug}/portfolio/export/technologies.csv`} download className="font-medium text-indigo-600 hover:underline" data-testid="export-technologies">
        this workspace&apos;s technologies
      </a>{" "}
      in the same format. Other column names can be matched to the template&apos;s once the file is read.
    </>
  );
}

function ImportSuccess({ slug, imported, onReset }: { slug: string; imported: number; onReset: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 p-6" data-testid="import-success">
      <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold text-emerald-900 focus:outline-none">
        Imported {technologies(imported)}.
      </h2>
      <p className="mt-1 text-sm text-emerald-800">They are in the portfolio now, with their cost and benefit lines.</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link href={`/w/${slug}/portfolio?imported=${imported}`} className={buttonVariants()}>
          Go to the portfolio
        </Link>
        <Button variant="secondary" onClick={onReset}>
          Import another file
        </Button>
      </div>
    </div>
  );
}
