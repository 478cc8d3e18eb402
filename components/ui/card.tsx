import { cva, type VariantProps } from "class-variance-authority";
import type { HTMLAttributes } from "react";
import { cn } from "./cn";

const card = cva("rounded-xl border border-slate-200 bg-white shadow-sm", {
  variants: {
    padding: { none: "", sm: "p-4", md: "p-5", lg: "p-6" },
  },
  defaultVariants: { padding: "md" },
});

type CardProps = HTMLAttributes<HTMLElement> &
  VariantProps<typeof card> & {
    as?: "div" | "section" | "article" | "aside" | "li";
  };

/** The white, rounded, bordered panel. */
export function Card({ as: Tag = "div", padding, className, ...rest }: CardProps) {
  return <Tag className={cardClass({ padding, className })} {...rest} />;
}

/** The panel's classes, for an element that cannot be a Card (a `<form>`, a `<details>`). */
export function cardClass({ className, ...variants }: VariantProps<typeof card> & { className?: string } = {}) {
  return cn(card(variants), className);
}
