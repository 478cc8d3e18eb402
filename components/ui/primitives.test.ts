import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { Badge } from "./badge";
import { Button, buttonVariants } from "./button";
import { cn } from "./cn";
import { syncDialog, type ModalElement } from "./dialog";
import { Field, FieldShell, fieldControlProps, type FieldControlProps } from "./field";
import { Input } from "./input";
import { Select } from "./select";
import { Td, Th } from "./table";

const render = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);
const classOf = (html: string) => html.match(/class="([^"]*)"/)![1].split(" ");

describe("cn", () => {
  it("lets the later Tailwind class win and drops falsy parts", () => {
    expect(cn("px-4 py-2", false, undefined, "px-2")).toBe("py-2 px-2");
    expect(cn("bg-indigo-600", { "bg-red-600": true })).toBe("bg-red-600");
  });
});

describe("Button", () => {
  it("is an indigo medium button by default, and a caller's class replaces the variant's rather than adding to it", () => {
    expect(buttonVariants()).toContain("bg-indigo-600");
    const merged = buttonVariants({ variant: "secondary", size: "sm", className: "px-6 mt-5" }).split(" ");
    expect(merged).toEqual(expect.arrayContaining(["border-slate-300", "px-6", "py-1.5", "mt-5"]));
    expect(merged).not.toContain("px-3");
    expect(merged).not.toContain("bg-indigo-600");
  });

  it("never submits by accident, and while pending is disabled for real and for screen readers, with a spinner", () => {
    const idle = render(h(Button, null, "Save"));
    expect(idle).toContain('type="button"');
    expect(idle).not.toMatch(/ (aria-)?disabled=/);
    const busy = render(h(Button, { pending: true, variant: "danger", block: true }, "Save"));
    expect(busy).toMatch(/disabled=""/);
    expect(busy).toContain('aria-disabled="true"');
    expect(busy).toContain("animate-spin");
    expect(classOf(busy)).toEqual(expect.arrayContaining(["bg-red-600", "w-full", "disabled:cursor-wait"]));
  });

  it("drops the padding for a link-looking button", () => {
    const link = buttonVariants({ variant: "link" }).split(" ");
    expect(link).not.toContain("px-4");
    expect(link).toContain("px-0");
  });
});

describe("controls", () => {
  it("draw the red state and set aria-invalid only when invalid", () => {
    const bad = render(h(Input, { name: "x", invalid: true }));
    expect(bad).toContain('aria-invalid="true"');
    expect(classOf(bad)).toContain("border-red-400");
    expect(classOf(bad)).not.toContain("border-slate-300");
    const ok = render(h(Select, { name: "y", className: "w-auto" }, h("option", null, "a")));
    expect(ok).not.toContain("aria-invalid");
    expect(classOf(ok)).toEqual(expect.arrayContaining(["border-slate-300", "w-auto"]));
    expect(classOf(ok)).not.toContain("w-full");
  });
});

describe("Field", () => {
  it("points the label at the input and describes it by its hint while valid", () => {
    const html = render(h(Field, { label: "Name", name: "name", hint: "As shown to members" }));
    expect(html).toContain('for="name"');
    expect(html).toContain('id="name"');
    expect(html).toContain('aria-describedby="name-hint"');
    expect(html).toContain('id="name-hint"');
    expect(html).not.toContain("aria-invalid");
  });

  it("shows the first error instead of the hint, tied to the input and named for tests", () => {
    const html = render(h(Field, { label: "Name", name: "name", id: "org-name", hint: "Hint", errors: ["Too short", "Other"] }));
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="org-name-error"');
    expect(html).toContain('data-testid="name-error"');
    expect(html).toContain("Too short");
    expect(html).not.toContain("Other");
    expect(html).not.toContain("Hint");
  });

  it("wires any control given to the shell, native or primitive, without leaking `invalid` to the DOM", () => {
    const native = render(h(FieldShell, { label: "Role", name: "role", errors: ["Pick one"], children: h("select", { name: "role" }) }));
    expect(native).toMatch(/<select[^>]*id="role"[^>]*aria-invalid="true"[^>]*aria-describedby="role-error"/);
    expect(native).not.toMatch(/ invalid=/);
    const primitive = render(h(FieldShell, { label: "Role", name: "role", errors: ["Pick one"], children: h(Select, { name: "role" }) }));
    expect(classOf(primitive.slice(primitive.indexOf("<select")))).toContain("border-red-400");
  });

  it("hands the wiring to a render function", () => {
    expect(fieldControlProps("a", { invalid: false, hint: false })).toEqual({ id: "a", invalid: false, "aria-invalid": undefined, "aria-describedby": undefined });
    const html = render(h(FieldShell, { label: "A", name: "a", hint: "h", children: (control: FieldControlProps) => h("input", { id: control.id, "aria-describedby": control["aria-describedby"] }) }));
    expect(html).toContain('aria-describedby="a-hint"');
  });
});

describe("Badge and table cells", () => {
  it("colour a pill by tone and line figures up on the right", () => {
    expect(classOf(render(h(Badge, { tone: "red" }, "Off track")))).toContain("bg-red-50");
    expect(classOf(render(h(Badge, null, "Draft")))).toContain("bg-slate-100");
    const cell = render(h(Td, { align: "right" }, "1"));
    expect(classOf(cell)).toEqual(expect.arrayContaining(["text-right", "tabular-nums"]));
    expect(render(h(Th, null, "Name"))).toContain('scope="col"');
  });
});

describe("syncDialog", () => {
  const fake = (open = false) => {
    const dialog: ModalElement = { open, showModal: vi.fn(() => void (dialog.open = true)), close: vi.fn(() => void (dialog.open = false)) };
    return dialog;
  };

  it("opens a closed dialog as a modal, once", () => {
    const dialog = fake();
    syncDialog(dialog, true);
    syncDialog(dialog, true);
    expect(dialog.showModal).toHaveBeenCalledTimes(1);
    expect(dialog.open).toBe(true);
  });

  it("closes an open dialog and gives focus back to the opener", () => {
    const dialog = fake(true);
    const opener = { focus: vi.fn() };
    syncDialog(dialog, false, opener);
    expect(dialog.close).toHaveBeenCalledTimes(1);
    expect(opener.focus).toHaveBeenCalledTimes(1);
    syncDialog(dialog, false, opener);
    expect(dialog.close).toHaveBeenCalledTimes(1);
  });
});

describe("solid Badge", () => {
  it("fills with the tone's strong colour in white, without the ring", () => {
    const classes = classOf(render(h(Badge, { tone: "indigo", solid: true }, "Most spend")));
    expect(classes).toEqual(expect.arrayContaining(["bg-indigo-600", "text-white", "ring-0"]));
    expect(classes).not.toContain("bg-indigo-50");
    expect(classes).not.toContain("text-indigo-700");
  });
});

describe("Select options", () => {
  it("writes the given choices after the children, the default one selected", () => {
    const html = render(h(Select, { name: "s", defaultValue: "b", options: [{ value: "a", label: "A" }, { value: "b", label: "B" }] }, h("option", { value: "" }, "Choose…")));
    expect(html).toMatch(/<option value="">Choose…<\/option><option value="a">A<\/option><option value="b" selected="">B<\/option>/);
  });
});
