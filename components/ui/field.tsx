import { cloneElement, isValidElement, type InputHTMLAttributes, type ReactElement, type ReactNode } from "react";
import { cn } from "./cn";
import { Input } from "./input";

/** What a control inside a field needs to be wired to its label, hint and error. */
export type FieldControlProps = {
  id: string;
  invalid: boolean;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

/** The ids and aria attributes for the control of field `id`. */
export function fieldControlProps(id: string, { invalid, hint }: { invalid: boolean; hint: boolean }): FieldControlProps {
  const describedBy = [invalid ? `${id}-error` : null, hint && !invalid ? `${id}-hint` : null].filter(Boolean).join(" ");
  return { id, invalid, "aria-invalid": invalid || undefined, "aria-describedby": describedBy || undefined };
}

export type FieldShellProps = {
  label: ReactNode;
  /** The control's id (the label points at it); defaults to `name`. */
  id?: string;
  /** The field's name: it names the error's test id (`<name>-error`). */
  name: string;
  errors?: string[];
  hint?: ReactNode;
  className?: string;
  /**
   * The control. An element gets `id`, `aria-invalid`, `aria-describedby` and `invalid` added; a function
   * receives them to spread where it likes (e.g. on a control nested inside a wrapper).
   */
  children: ReactElement<object> | ((control: FieldControlProps) => ReactNode);
};

/** A label, any control, and its hint or first validation message beneath it, wired for screen readers. */
export function FieldShell({ label, name, id = name, errors, hint, className, children }: FieldShellProps) {
  const invalid = Boolean(errors?.length);
  const control = fieldControlProps(id, { invalid, hint: Boolean(hint) });
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {typeof children === "function" ? children(control) : wire(children, control)}
      {hint && !invalid && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {invalid && (
        <p id={`${id}-error`} className="text-xs text-red-600" data-testid={`${name}-error`}>
          {errors![0]}
        </p>
      )}
    </div>
  );
}

/** Adds the wiring to an element; a native element (`<select>`) gets no `invalid`, which only our primitives read. */
function wire(child: ReactElement<object>, control: FieldControlProps) {
  if (!isValidElement(child)) return child;
  if (typeof child.type !== "string") return cloneElement(child, control);
  const { invalid: _invalid, ...attributes } = control;
  return cloneElement(child, attributes);
}

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: ReactNode;
  name: string;
  errors?: string[];
  hint?: ReactNode;
  /** Classes for the wrapping block (layout); `className` goes to the input. */
  fieldClassName?: string;
};

/** A labelled text input with its validation message right beneath it. */
export function Field({ label, name, errors, hint, id = name, fieldClassName, ...input }: FieldProps) {
  return (
    <FieldShell label={label} name={name} id={id} errors={errors} hint={hint} className={fieldClassName}>
      {(control) => <Input name={name} {...input} {...control} />}
    </FieldShell>
  );
}
