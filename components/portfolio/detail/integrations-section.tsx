import Link from "next/link";
import { AddIntegrationForm } from "@/components/integrations/add-integration-form";
import { RemoveIntegrationButton } from "@/components/integrations/remove-integration-button";
import { getTechnologyIntegrations } from "@/lib/integrations/view";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { label } from "@/lib/domain/labels";
import type { IntegrationLink, TechnologyIntegrations } from "@/lib/integrations/types";
import { DetailSection, td, th } from "./section";

const technologies = (n: number) => `${n} ${n === 1 ? "technology" : "technologies"}`;

function DependentsLine({ dependents }: { dependents: TechnologyIntegrations["dependents"] }) {
  const { direct, transitive, names } = dependents;
  return (
    <p className="px-4 pt-4 text-sm text-slate-700" data-testid="dependents-count" data-direct={direct} data-transitive={transitive}>
      {transitive === 0 ? (
        <>No technology depends on it: dropping it breaks no data flow.</>
      ) : (
        <>
          <strong className="font-semibold text-slate-900">
            {technologies(transitive)} {transitive === 1 ? "depends" : "depend"} on it
          </strong>{" "}
          ({direct} directly, {transitive - direct} through another one) — what breaks if we drop it: {names.join(", ")}.
        </>
      )}
    </p>
  );
}

function LinkTable({ caption, heading, links, slug, canEdit, self, sends }: {
  caption: string;
  heading: string;
  links: IntegrationLink[];
  slug: string;
  canEdit: boolean;
  self: string;
  sends: boolean;
}) {
  return (
    <div className="min-w-0">
      <h3 className="px-4 pt-4 text-sm font-semibold text-slate-900">{heading}</h3>
      {links.length === 0 ? (
        <p className="px-4 py-2 text-sm text-slate-500">None recorded.</p>
      ) : (
        <table className="w-full">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-slate-100">
            <tr>
              <th scope="col" className={th}>Technology</th>
              <th scope="col" className={th}>What flows</th>
              {canEdit && <th scope="col" className={th}><span className="sr-only">Actions</span></th>}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {links.map((l) => (
              <tr key={l.id} data-testid="integration-row" data-direction={sends ? "sends" : "receives"} data-other-id={l.otherId}>
                <td className={td}>
                  <Link href={`/w/${slug}/portfolio/${l.otherId}`} className="text-indigo-700 hover:underline">
                    {l.otherName}
                  </Link>
                  {l.otherStatus !== "live" && <span className="ml-1 text-xs text-slate-500">({label(l.otherStatus)})</span>}
                </td>
                <td className={td}>{l.description || <span className="text-slate-400">—</span>}</td>
                {canEdit && (
                  <td className={`${td} text-right`}>
                    <RemoveIntegrationButton slug={slug} id={l.id} from={sends ? self : l.otherName} to={sends ? l.otherName : self} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Which technologies this one exchanges data with, both ways, and what depends on it. Loads its own data. */
export async function IntegrationsSection({ ctx, technologyId }: { ctx: TenantCtx; technologyId: string }) {
  const data = await getTechnologyIntegrations(ctx, technologyId);
  const slug = ctx.org.slug;
  const canEdit = ctx.role !== "viewer";
  const name = data.technology.name;
  const silo = data.sendsTo.length === 0 && data.receivesFrom.length === 0;
  return (
    <div data-testid="integrations-section">
      <DetailSection
        id="integrations"
        title="Integrations"
        description="Which technologies it exchanges data with. Arrows on the integration map point from sender to receiver."
      >
        {silo && (
          <p className="mx-4 mt-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="integration-silo">
            A silo: it exchanges no data with any other technology{canEdit ? " — add its links below if it does." : "."}
          </p>
        )}
        <DependentsLine dependents={data.dependents} />
        <div className="grid gap-2 pb-2 md:grid-cols-2">
          <LinkTable caption={`${name} sends data to`} heading="Sends data to" links={data.sendsTo} slug={slug} canEdit={canEdit} self={name} sends />
          <LinkTable caption={`${name} receives data from`} heading="Receives data from" links={data.receivesFrom} slug={slug} canEdit={canEdit} self={name} sends={false} />
        </div>
        {canEdit && data.options.length > 0 && <AddIntegrationForm slug={slug} technologyId={data.technology.id} technologyName={name} options={data.options} />}
        <p className="border-t border-slate-100 px-4 py-2 text-xs">
          <Link href={`/w/${slug}/strategy/integrations`} className="text-indigo-700 hover:underline">
            See the whole integration map →
          </Link>
        </p>
      </DetailSection>
    </div>
  );
}
