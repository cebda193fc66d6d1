// The desk's one button. Before it, 86 buttons wore 52 hand-written class strings that had drifted
// apart (three greys of border, two paddings for the same action); the variants below are the looks
// the product actually used, each near-duplicate folded into the most common spelling.
// No hooks and no server-only imports: server pages and client forms both render it.
import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  /** The ordinary "do it" action: save, add, filter. */
  dark: "rounded bg-stone-800 text-white disabled:opacity-60",
  /** The one action a page exists for: log a claim, publish, sign in. */
  brand: "rounded bg-brand font-semibold text-white disabled:opacity-60",
  /** Approve, accept. */
  success: "rounded bg-green-800 font-semibold text-white disabled:opacity-60",
  /** Withdraw, delete, send back: an action that takes something away. */
  danger: "rounded bg-red-800 font-semibold text-white disabled:opacity-60",
  /** A second choice beside a main one: cancel, preview, choose again. */
  outline: "rounded border border-stone-400 bg-white disabled:opacity-60",
  /** Small in-line tools in a row of several (appearance actions, suggestion chips). */
  subtle: "rounded border border-stone-300 hover:bg-stone-100 disabled:opacity-60",
  /** A button that reads as a link: show more, undo, remove a row. */
  link: "underline disabled:opacity-40",
} as const;

const SIZES = {
  xs: "px-2 py-0.5 text-xs",
  sm: "px-3 py-1",
  md: "px-4 py-2",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * Required on purpose: an HTML button without a type submits its form, and a submit should say
   * so where it is written.
   */
  type: "button" | "submit" | "reset";
  variant: ButtonVariant;
  /** Ignored by `link`, which takes the size of the text around it. */
  size?: ButtonSize;
  /** A server action is running: the button is disabled and says it is busy. */
  pending?: boolean;
  /** Layout and text size only (margins, width, text-sm); colours and padding come from the variant. */
  className?: string;
}

export function buttonClass(variant: ButtonVariant, size: ButtonSize = "md", className = "") {
  const sized = variant === "link" ? "" : SIZES[size];
  return [VARIANTS[variant], sized, className].filter(Boolean).join(" ");
}

export function Button({
  type,
  variant,
  size,
  pending = false,
  className,
  disabled,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={buttonClass(variant, size, className)}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      {...rest}
    />
  );
}
