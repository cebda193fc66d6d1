"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { assignClaimAction } from "@/lib/claim/actions";
import { FieldError, FormMessage } from "./field";
import { useAction } from "./use-action";

type Person = { id: string; name: string };

/** "Assigned to …" with "Assign to me" and "Assign to…" (a bounded list of active editors). */
export function ClaimAssignee({
  claimId,
  version,
  assignee,
  me,
  editors,
}: {
  claimId: string;
  version: number;
  assignee: Person | null;
  me: Person;
  editors: Person[];
}) {
  const router = useRouter();
  const [picked, setPicked] = useState(assignee?.id ?? "");
  const { pending, result, errors, run } = useAction(assignClaimAction);
  const assign = (assigneeId: string | null) =>
    run({ claimId, version, assigneeId }, () => router.refresh());
  return (
    <div className="space-y-2 text-sm" data-testid="claim-assignee">
      <p>
        Assigned to{" "}
        <strong data-testid="assignee-name">{assignee ? assignee.name : "nobody yet"}</strong>
      </p>
      <FormMessage result={result} />
      <div className="flex flex-wrap items-center gap-2">
        {assignee?.id !== me.id && (
          <Button
            type="button"
            pending={pending}
            variant="outline"
            size="sm"
            onClick={() => assign(me.id)}
          >
            Assign to me
          </Button>
        )}
        <form
          className="flex items-center gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            assign(picked || null);
          }}
        >
          <label className="flex items-center gap-1">
            Assign to…
            <select
              name="assigneeId"
              value={picked}
              onChange={(e) => setPicked(e.target.value)}
              className="rounded border border-stone-300 px-2 py-1"
            >
              <option value="">nobody</option>
              {editors.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" pending={pending} variant="dark" size="sm">
            Assign
          </Button>
        </form>
      </div>
      <FieldError errors={errors?.assigneeId} />
    </div>
  );
}
