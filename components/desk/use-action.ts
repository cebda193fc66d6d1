"use client";
import { useState, useTransition } from "react";
import { type ActionResult, err, failure } from "@/lib/errors";

// Worded by the form (FormMessage) in the page's language; `message` is its English.
const UNREACHABLE: ActionResult<never> = failure("UNAVAILABLE", err("gate.unreachable"));

/** Calls a server action; a network failure or a crashed request becomes a result, never a lost page. */
export async function callAction<I, R>(
  action: (input: I) => Promise<ActionResult<R>>,
  input: I,
): Promise<ActionResult<R>> {
  try {
    return await action(input);
  } catch {
    return UNREACHABLE;
  }
}

/**
 * The one form pattern: run a server action in a transition, keep its last result for the form to
 * show (field errors, a conflict, an outage), and call onSuccess with the data when it worked.
 */
export function useAction<I, R>(action: (input: I) => Promise<ActionResult<R>>) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<R> | null>(null);
  const run = (input: I, onSuccess?: (data: R) => void) =>
    startTransition(async () => {
      const r = await callAction(action, input);
      setResult(r);
      if (r.ok) onSuccess?.(r.data);
    });
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return { pending, result, setResult, run, errors, startTransition };
}
