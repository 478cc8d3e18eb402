import type { Metadata } from "next";
import Link from "next/link";
import { FormatHelp } from "@/components/portfolio/import/format-help";
import { ImportForm } from "@/components/portfolio/import/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { getTenant } from "@/lib/auth/tenant";
import { technologiesFile } from "@/lib/portfolio/csv-import";

export const metadata: Metadata = { title: "Import technologies" };

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const ctx = await getTenant((await params).slug, { role: "member" });
  const slug = ctx.org.slug;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/w/${slug}/portfolio`} className="text-indigo-600 hover:underline">
          ← Portfolio
        </Link>
      </p>
      <PageHeader
        title="Import technologies"
        description="Add many technologies at once, with their cost and benefit lines, from a CSV file. The whole file is imported, or nothing is."
      />
      <ImportForm slug={slug} fields={technologiesFile.fields} maxBytes={technologiesFile.maxBytes} />
      <FormatHelp />
    </>
  );
}
