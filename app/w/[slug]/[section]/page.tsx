import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComingSoon } from "@/components/ui/coming-soon";
import { plannedSections } from "@/components/workspace/planned-sections";
import { getTenant } from "@/lib/auth/tenant";

type Props = { params: Promise<{ slug: string; section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await params;
  return { title: Object.hasOwn(plannedSections, section) ? plannedSections[section].title : "Not found" };
}

export default async function PlannedSectionPage({ params }: Props) {
  const { slug, section } = await params;
  await getTenant(slug);
  if (!Object.hasOwn(plannedSections, section)) notFound();
  return <ComingSoon {...plannedSections[section]} />;
}
