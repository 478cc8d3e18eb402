import { cva, type VariantProps } from "class-variance-authority";
import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";
import { Spinner } from "./spinner";

const button = cva(
  "inline-flex items-center justify-center gap-2 rounded-md text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-1 disabled:opacity-70",
  {
    variants: {
      variant: {
        primary: "bg-indigo-600 text-white shadow-sm hover:bg-indigo-500 focus-visible:ring-indigo-300",
        secondary: "border border-slate-300 bg-white text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:ring-indigo-200",
        danger: "bg-red-600 text-white shadow-sm hover:bg-red-500 focus-visible:ring-red-300",
        "danger-outline": "border border-red-200 bg-white text-red-700 shadow-sm hover:bg-red-50 focus-visible:ring-red-200",
        ghost: "text-slate-700 hover:bg-slate-100 focus-visible:ring-indigo-200",
        "danger-ghost": "text-red-700 hover:bg-red-50 focus-visible:ring-red-200",
        link: "text-indigo-700 hover:underline focus-visible:ring-indigo-200",
      },
      size: {
        xs: "rounded px-2 py-1 text-xs",
        sm: "px-3 py-1.5",
        md: "px-4 py-2",
      },
      block: { true: "w-full", false: "" },
      pending: { true: "disabled:cursor-wait", false: "disabled:cursor-not-allowed" },
    },
    compoundVariants: [{ variant: "link", className: "px-0 py-0" }],
    defaultVariants: { variant: "primary", size: "md", block: false, pending: false },
  },
);

export type ButtonVariantProps = VariantProps<typeof button>;

/** The button classes, for a `<Link>` or `<summary>` that looks like a button; `className` wins over the variant's. */
export function buttonVariants({ className, ...variants }: ButtonVariantProps & { className?: string } = {}) {
  return cn(button(variants), className);
}

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> &
  Omit<ButtonVariantProps, "pending"> & {
    /** Shows a spinner and disables the button while its work runs. */
    pending?: boolean;
  };

/** A button; `type` defaults to "button" so it never submits a form by accident. */
export function Button({ variant, size, block, pending = false, className, disabled, type = "button", children, ...rest }: ButtonProps) {
  const off = Boolean(disabled || pending);
  return (
    <button type={type} disabled={off} aria-disabled={off || undefined} aria-busy={pending || undefined} className={buttonVariants({ variant, size, block, pending, className })} {...rest}>
      {pending && <Spinner />}
      {children}
    </button>
  );
}
