import type { Metadata } from "next";
import { IntegrationMapPanel } from "@/components/integrations/integration-map";
import { PageHeader } from "@/components/ui/page-header";
import { getTenant } from "@/lib/auth/tenant";

export const metadata: Metadata = { title: "Integration map" };

type Props = { params: Promise<{ slug: string }> };

export default async function IntegrationsPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getTenant(slug);
  return (
    <>
      <PageHeader
        title="Integrations"
        description="Which technologies exchange data with which, the silos that exchange none, and what breaks if a technology is dropped."
      />
      <IntegrationMapPanel ctx={ctx} />
    </>
  );
}
