"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("claims.assignee");
  const [picked, setPicked] = useState(assignee?.id ?? "");
  const { pending, result, errors, run } = useAction(assignClaimAction);
  const assign = (assigneeId: string | null) =>
    run({ claimId, version, assigneeId }, () => router.refresh());
  return (
    <div className="space-y-2 text-sm" data-testid="claim-assignee">
      <p>
        {t("assignedTo")}{" "}
        <strong data-testid="assignee-name">{assignee ? assignee.name : t("nobodyYet")}</strong>
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
            {t("assignToMe")}
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
            {t("assignTo")}
            <select
              name="assigneeId"
              value={picked}
              onChange={(e) => setPicked(e.target.value)}
              className="rounded border border-stone-300 px-2 py-1"
            >
              <option value="">{t("nobody")}</option>
              {editors.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" pending={pending} variant="dark" size="sm">
            {t("assign")}
          </Button>
        </form>
      </div>
      <FieldError errors={errors?.assigneeId} />
    </div>
  );
}
