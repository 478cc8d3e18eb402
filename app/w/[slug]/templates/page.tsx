import { cardClass } from "@/components/ui/card";
import type { Metadata } from "next";
import { z } from "zod";
import { ApplyTemplateButton } from "@/components/templates/apply-template-button";
import { TemplatePreview } from "@/components/templates/template-preview";
import { TemplateSourcePicker } from "@/components/templates/template-source-picker";
import { PageHeader } from "@/components/ui/page-header";
import { getTenant } from "@/lib/auth/tenant";
import { loadTemplates } from "@/lib/templates/view";

export const metadata: Metadata = { title: "Templates" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ source?: string | string[] }> };

const sourceParam = z.string().trim().min(1).max(200).catch("");

export default async function TemplatesPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug, { role: "admin" });
  const source = sourceParam.parse(Array.isArray(query.source) ? query.source[0] : query.source) || null;
  const { sources, preview } = await loadTemplates(ctx, source);
  const nothingToAdd = preview ? preview.kpis.add.length + preview.goals.add.length === 0 : true;

  return (
    <div data-testid="templates-page" className="space-y-6">
      <PageHeader
        title="Templates from other clients"
        description={`Copy KPI definitions and goals from another workspace you administer into ${ctx.org.name}. Anything with a name that exists here already is skipped.`}
      />
      {sources.length === 0 ? (
        <p className={cardClass({ padding: "lg", className: "text-sm text-slate-700" })}>
          You are not an admin of any other workspace, so there is nothing to copy from.
        </p>
      ) : (
        <TemplateSourcePicker slug={ctx.org.slug} sources={sources} selected={preview ? source : null} />
      )}
      {source && !preview && (
        <p role="alert" data-testid="template-message" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          Choose a workspace you are an admin of as the source.
        </p>
      )}
      {preview && (
        <>
          <TemplatePreview preview={preview} />
          <ApplyTemplateButton key={preview.source.slug} slug={ctx.org.slug} source={preview.source.slug} disabled={nothingToAdd} />
        </>
      )}
    </div>
  );
}
