"use client";

import Form from "next/form";
import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";
import { FieldShell } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

type Props = { path: string; scope: string; technologies: { id: string; name: string }[] };

/**
 * The portfolio or one technology: a GET form (next/form navigates on the client once the script has loaded,
 * and is a plain form before). Choosing submits it; without JavaScript, the Show button does.
 */
export function ScopePicker({ path, scope, technologies }: Props) {
  return (
    <Form action={path} className="flex items-end gap-2">
      <FieldShell label="Scenarios for" name="scope">
        <Select
          name="scope"
          data-testid="scenario-scope"
          defaultValue={scope}
          onChange={(e) => e.currentTarget.form?.requestSubmit()}
          className="w-72 max-w-full"
          options={technologies.map((t) => ({ value: t.id, label: t.name }))}
        >
          <option value="portfolio">The whole portfolio</option>
        </Select>
      </FieldShell>
      <noscript>
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </noscript>
      <Loading />
    </Form>
  );
}

function Loading() {
  const { pending } = useFormStatus();
  return pending ? (
    <span className="pb-2 text-xs text-slate-500" role="status">
      Loading…
    </span>
  ) : null;
}
