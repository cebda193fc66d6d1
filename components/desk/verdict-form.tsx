"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { saveCorrectionAction } from "@/lib/correction/actions";
import type { ActionResult } from "@/lib/errors";
import { langOf } from "@/lib/i18n/locale";
import { saveVerdictDraftAction, submitVerdictAction } from "@/lib/verdict/actions";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";
import { OriginatorFields, type OriginatorForm } from "./originator-fields";
import { callAction } from "./use-action";
import { VerdictHandOver } from "./verdict-hand-over";

interface Props {
  claimId: string;
  ratings: { id: string; labelHi: string; labelEn: string; colour: string }[];
  draft: {
    id: string;
    version: number;
    ratingId: string;
    summaryHi: string;
    summaryEn: string | null;
    rationale: string;
    reviewComment: string | null;
  } | null;
  /** What a new draft starts from (a correction starts from the published verdict). */
  start?: { ratingId: string; summaryHi: string; summaryEn: string | null; rationale: string };
  /** Present: this draft corrects a published verdict, and carries its kind and public note. */
  correction?: { kind: "CORRECTION" | "CLARIFICATION"; noteHi: string; noteEn: string | null };
  /** Who it really came from, as the draft (or, for a correction, the published verdict) has it. */
  origin?: OriginatorForm;
  /** The claim's sources and appearances, for the origin's evidence and misattributed appearances. */
  parts: Pick<React.ComponentProps<typeof OriginatorFields>, "evidence" | "mentions">;
  /** Present on a saved draft this editor may hand over: who holds it, who could receive it. */
  handOver?: Omit<
    React.ComponentProps<typeof VerdictHandOver>,
    "verdictId" | "version" | "prepare"
  >;
}

const NO_ORIGIN: OriginatorForm = {
  originator: null,
  originatorEvidenceId: "",
  originatorNote: "",
  misattributedMentionIds: [],
};

/** Drafts a verdict and sends it for review. Saving names the version it started from, so two editors cannot overwrite each other. */
export function VerdictForm({
  claimId,
  ratings,
  draft,
  start,
  correction,
  origin,
  parts,
  handOver,
}: Props) {
  const router = useRouter();
  const t = useTranslations("verdicts.form");
  const tc = useTranslations("corrections.note");
  const lang = langOf(useLocale());
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [saved, setSaved] = useState(draft ? { id: draft.id, version: draft.version } : null);
  const from = draft ?? start;
  const [f, setF] = useState({
    ratingId: from?.ratingId ?? "",
    summaryHi: from?.summaryHi ?? "",
    summaryEn: from?.summaryEn ?? "",
    rationale: from?.rationale ?? "",
  });
  const [note, setNote] = useState({
    kind: correction?.kind ?? "CORRECTION",
    noteHi: correction?.noteHi ?? "",
    noteEn: correction?.noteEn ?? "",
  });
  const [o, setO] = useState(origin ?? NO_ORIGIN);
  const [dirty, setDirty] = useState(false);
  const errors = result && !result.ok ? result.fieldErrors : undefined;
  const set =
    (k: keyof typeof f) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      setF({ ...f, [k]: e.target.value });
      setDirty(true);
    };

  async function save(): Promise<{ id: string; version: number } | null> {
    const input = {
      claimId,
      verdictId: saved?.id,
      version: saved?.version,
      ...f,
      originatorId: o.originator?.id ?? "",
      originatorTyped: o.originatorTyped,
      originatorEvidenceId: o.originatorEvidenceId,
      originatorNote: o.originatorNote,
      misattributedMentionIds: o.misattributedMentionIds,
    };
    const r = correction
      ? await callAction(saveCorrectionAction, { ...input, ...note })
      : await callAction(saveVerdictDraftAction, input);
    setResult(r);
    if (!r.ok) return null;
    const next = { id: r.data.verdictId, version: r.data.version };
    setSaved(next);
    setDirty(false);
    return next;
  }

  const onSave = (e: React.FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      if (await save()) router.refresh();
    });
  };

  const [resubmitNote, setResubmitNote] = useState("");
  const onSubmitForReview = () =>
    startTransition(async () => {
      const current = dirty || !saved ? await save() : saved;
      if (!current) return;
      const r = await callAction(submitVerdictAction, {
        verdictId: current.id,
        version: current.version,
        note: resubmitNote || undefined,
      });
      setResult(r);
      if (r.ok) router.refresh();
    });

  return (
    <form
      onSubmit={onSave}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
      noValidate
      data-testid="verdict-form"
    >
      {draft?.reviewComment && (
        <div
          className="rounded border border-amber-300 bg-amber-50 p-3 text-sm"
          data-testid="review-comment"
        >
          <strong>{t("sentBackBy")}</strong> <span lang="hi">{draft.reviewComment}</span>
        </div>
      )}
      <FormMessage result={result} />
      {result?.ok && !dirty && <p className="text-sm text-green-800">{t("saved")}</p>}
      {correction && (
        <fieldset className="space-y-3 rounded border border-amber-300 bg-amber-50 p-3">
          <legend className="px-1 text-sm font-semibold">{tc("legend")}</legend>
          <div className="flex flex-wrap gap-4 text-sm">
            {(["CORRECTION", "CLARIFICATION"] as const).map((kind) => (
              <label key={kind} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="kind"
                  value={kind}
                  checked={note.kind === kind}
                  onChange={() => {
                    setNote({ ...note, kind });
                    setDirty(true);
                  }}
                />
                {tc(kind)}
              </label>
            ))}
          </div>
          <FieldError errors={errors?.kind} />
          <div>
            <label className={labelClass} htmlFor="c-noteHi">
              {tc("noteHi")}
            </label>
            <textarea
              id="c-noteHi"
              lang="hi"
              rows={3}
              value={note.noteHi}
              onChange={(e) => {
                setNote({ ...note, noteHi: e.target.value });
                setDirty(true);
              }}
              className={inputClass}
              aria-invalid={!!errors?.noteHi}
            />
            <FieldError errors={errors?.noteHi} />
          </div>
          <div>
            <label className={labelClass} htmlFor="c-noteEn">
              {tc("noteEn")}
            </label>
            <textarea
              id="c-noteEn"
              rows={2}
              value={note.noteEn}
              onChange={(e) => {
                setNote({ ...note, noteEn: e.target.value });
                setDirty(true);
              }}
              className={inputClass}
            />
            <FieldError errors={errors?.noteEn} />
          </div>
        </fieldset>
      )}
      <div>
        <label className={labelClass} htmlFor="v-rating">
          {t("rating")}
        </label>
        <select
          id="v-rating"
          name="ratingId"
          value={f.ratingId}
          onChange={set("ratingId")}
          className={inputClass}
          aria-invalid={!!errors?.ratingId}
        >
          <option value="">{t("chooseRating")}</option>
          {ratings.map((r) => (
            <option key={r.id} value={r.id}>
              {lang === "en" ? r.labelEn : r.labelHi}
            </option>
          ))}
        </select>
        <FieldError errors={errors?.ratingId} />
      </div>
      <div>
        <label className={labelClass} htmlFor="v-summaryHi">
          {t("summaryHi")}
        </label>
        <input
          id="v-summaryHi"
          name="summaryHi"
          lang="hi"
          value={f.summaryHi}
          onChange={set("summaryHi")}
          className={inputClass}
          aria-invalid={!!errors?.summaryHi}
        />
        <FieldError errors={errors?.summaryHi} />
      </div>
      <div>
        <label className={labelClass} htmlFor="v-summaryEn">
          {t("summaryEn")}
        </label>
        <input
          id="v-summaryEn"
          name="summaryEn"
          value={f.summaryEn}
          onChange={set("summaryEn")}
          className={inputClass}
        />
        <FieldError errors={errors?.summaryEn} />
      </div>
      <div>
        <label className={labelClass} htmlFor="v-rationale">
          {t("rationale")}
        </label>
        <textarea
          id="v-rationale"
          name="rationale"
          lang="hi"
          rows={7}
          value={f.rationale}
          onChange={set("rationale")}
          className={inputClass}
          aria-invalid={!!errors?.rationale}
        />
        <FieldError errors={errors?.rationale} />
      </div>
      <OriginatorFields
        value={o}
        onChange={(next) => {
          setO(next);
          setDirty(true);
        }}
        errors={errors}
        {...parts}
      />
      {draft?.reviewComment && (
        <div>
          <label htmlFor="resubmit-note" className="block text-sm font-semibold">
            {t("resubmitNote")}
          </label>
          <textarea
            id="resubmit-note"
            rows={2}
            value={resubmitNote}
            onChange={(e) => setResubmitNote(e.target.value)}
            className={inputClass}
            lang="hi"
          />
          <FieldError errors={errors?.note} />
        </div>
      )}
      <FieldError errors={errors?._form} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={pending} variant="outline" size="md">
          {pending ? t("working") : t("saveDraft")}
        </Button>
        <Button
          type="button"
          onClick={onSubmitForReview}
          pending={pending}
          variant="brand"
          size="md"
        >
          {t("submit")}
        </Button>
      </div>
      {handOver && saved && (
        <VerdictHandOver
          {...handOver}
          verdictId={saved.id}
          version={saved.version}
          // What is typed goes with the draft: saved first, then handed over at the new version.
          prepare={async () => (dirty ? save() : saved)}
        />
      )}
    </form>
  );
}
