"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { SelectInput, TextInput } from "@/components/portfolio/form/controls";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { addIntegration } from "@/lib/integrations/actions";

type Props = { slug: string; technologyId: string; technologyName: string; options: { id: string; name: string }[] };

const empty = { direction: "sends", otherId: "", description: "" };

/** Links the page's technology to another one of the workspace; the server checks both again. */
export function AddIntegrationForm({ slug, technologyId, technologyName, options }: Props) {
  const router = useRouter();
  const [values, setValues] = useState(empty);
  const [result, setResult] = useState<ActionResult<unknown>>();
  const [pending, startTransition] = useTransition();
  const messageRef = useRef<HTMLDivElement>(null);
  const set = (key: keyof typeof empty) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const errors = (key: string) => result?.fieldErrors?.[key];

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    startTransition(async () => {
      const saved = await addIntegration(slug, { ...values, technologyId });
      setResult(saved);
      if (saved.ok) {
        setValues(empty);
        router.refresh();
      } else messageRef.current?.focus();
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={pending} aria-label={`Add an integration to ${technologyName}`} className="border-t border-slate-100 p-4">
      <div ref={messageRef} tabIndex={-1} className="outline-none">
        {result && !result.ok && result.message && (
          <p role="alert" data-testid="form-message" className="mb-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
            {result.message}
          </p>
        )}
        {result?.ok && (
          <p role="status" className="mb-3 text-sm text-emerald-700">
            Integration added.
          </p>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-[12rem_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-start">
        <SelectInput
          id="integration-direction"
          label={`${technologyName}…`}
          value={values.direction}
          onValue={set("direction")}
          errors={errors("direction")}
          options={[
            { value: "sends", label: "sends data to" },
            { value: "receives", label: "receives data from" },
          ]}
        />
        <SelectInput
          id="integration-other"
          label="Technology"
          value={values.otherId}
          onValue={set("otherId")}
          errors={errors("otherId") ?? errors("technologyId")}
          options={[{ value: "", label: "Choose a technology…" }, ...options.map((o) => ({ value: o.id, label: o.name }))]}
        />
        <TextInput
          id="integration-description"
          label="What flows (optional)"
          placeholder="e.g. daily sales totals"
          maxLength={200}
          value={values.description}
          onValue={set("description")}
          errors={errors("description")}
        />
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="mt-5 rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70"
          data-testid="add-integration"
        >
          {pending ? "Adding…" : "Add link"}
        </button>
      </div>
    </form>
  );
}
