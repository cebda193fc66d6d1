"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { authorsText } from "@/lib/author/names";
import { addEvidenceAction, findLibrarySourceAction } from "@/lib/source/actions";
import type { CitationField, LibraryConflict } from "@/lib/source/schema";
import {
  type AuthorRowValue,
  AuthorsField,
  authorRowsOf,
  authorsPayload,
  rowsText,
} from "./authors-field";
import { FieldError, FormMessage, inputClass, labelClass } from "./field";
import { callAction, useAction } from "./use-action";

const EMPTY = {
  url: "",
  title: "",
  publisher: "",
  publishedAt: "",
  accessedAt: "",
  archiveUrl: "",
  stance: "",
  quote: "",
  note: "",
};
type Fields = typeof EMPTY;

const libraryConflictOf = (details: unknown): LibraryConflict | null =>
  details && typeof details === "object" && "source" in details && "differences" in details
    ? (details as LibraryConflict)
    : null;

export function EvidenceForm({ claimId }: { claimId: string }) {
  const router = useRouter();
  const t = useTranslations("evidence");
  const [f, setF] = useState<Fields>(EMPTY);
  const [authors, setAuthors] = useState<AuthorRowValue[]>([]);
  // Set when the address is already in the library and its details filled the empty fields.
  const [prefilled, setPrefilled] = useState<string | null>(null);
  const { pending, result, errors, run } = useAction(addEvidenceAction);
  const set =
    (k: keyof Fields) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setF({ ...f, [k]: e.target.value });
  const library = result && !result.ok ? libraryConflictOf(result.details) : null;

  function save(choice?: { libraryChoice: "library" | "update"; sourceVersion: number }) {
    run(
      {
        claimId,
        ...f,
        authors: authorsPayload(authors),
        stance: f.stance as "SUPPORTS",
        ...choice,
      },
      () => {
        setF(EMPTY);
        setAuthors([]);
        setPrefilled(null);
        router.refresh();
      },
    );
  }

  // Leaving the address field: a source the library already has fills the fields still empty with
  // its record (authors included). What the editor typed is never replaced.
  async function lookUp(url: string) {
    if (!/^https?:\/\/\S+\.\S+/i.test(url.trim())) return;
    const r = await callAction(findLibrarySourceAction, { url: url.trim() });
    if (!r.ok || !r.data) return;
    const lib = r.data;
    setF((now) => {
      const next = { ...now };
      const fill = (k: keyof Fields, v: string | null) => {
        if (v && !now[k].trim()) next[k] = v;
      };
      fill("title", lib.title);
      fill("publisher", lib.publisher);
      fill("publishedAt", lib.publishedAt);
      fill("archiveUrl", lib.archiveUrl);
      return next;
    });
    setAuthors((now) => (now.length === 0 && lib.authors.length ? authorRowsOf(lib.authors) : now));
    setPrefilled(url.trim());
  }

  const libraryValue = (c: LibraryConflict, field: CitationField) =>
    field === "authors" ? authorsText(c.source.authors ?? []) : c.source[field];
  const typedValue = (field: CitationField) =>
    field === "authors" ? rowsText(authors) : (f as Record<string, string>)[field];

  // A day as three parts in the page's language (components/ui/date-field.tsx), sent as ISO.
  const day = (k: "publishedAt" | "accessedAt", label: string) => (
    <div>
      <label className={labelClass} htmlFor={`ev-${k}`}>
        {label}
      </label>
      <DateField
        id={`ev-${k}`}
        name={k}
        label={label}
        value={f[k]}
        onChange={(iso) => setF((now) => ({ ...now, [k]: iso }))}
        aria-invalid={!!errors?.[k]}
        testId={`ev-${k}`}
      />
      <FieldError errors={errors?.[k]} />
    </div>
  );

  const text = (
    k: keyof Fields,
    label: string,
    props: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <div>
      <label className={labelClass} htmlFor={`ev-${k}`}>
        {label}
      </label>
      <input
        id={`ev-${k}`}
        name={k}
        value={f[k]}
        onChange={set(k)}
        className={inputClass}
        aria-invalid={!!errors?.[k]}
        {...props}
      />
      <FieldError errors={errors?.[k]} />
    </div>
  );

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      noValidate
      data-testid="evidence-form"
    >
      <h3 className="font-semibold">{t("add.title")}</h3>
      <FormMessage result={result} />
      {library && (
        <div
          className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
          data-testid="library-conflict"
        >
          <p>{t("library.says")}</p>
          <table className="w-full text-left">
            <thead>
              <tr>
                <th className="pr-3" />
                <th className="pr-3">{t("library.library")}</th>
                <th>{t("library.typed")}</th>
              </tr>
            </thead>
            <tbody>
              {library.differences.map((field) => (
                <tr key={field}>
                  <th className="pr-3 font-semibold">{t(`field.${field}`)}</th>
                  <td className="pr-3">{libraryValue(library, field) || "—"}</td>
                  <td>{typedValue(field) || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="flex flex-wrap gap-3">
            <Button
              type="button"
              pending={pending}
              variant="outline"
              size="sm"
              onClick={() =>
                save({ libraryChoice: "library", sourceVersion: library.source.version })
              }
            >
              {t("library.cite")}
            </Button>
            <Button
              type="button"
              pending={pending}
              variant="dark"
              size="sm"
              onClick={() =>
                save({ libraryChoice: "update", sourceVersion: library.source.version })
              }
            >
              {t("library.update")}
            </Button>
          </div>
          <p className="text-xs text-stone-600">{t("library.hint")}</p>
        </div>
      )}
      {text("url", t("add.url"), {
        type: "url",
        placeholder: "https://",
        onBlur: (e) => lookUp(e.target.value),
      })}
      {prefilled && (
        <p className="text-sm text-stone-600" role="status" data-testid="library-prefill">
          {t("add.prefilled")}
        </p>
      )}
      {text("title", t("add.titleLabel"))}
      <AuthorsField
        rows={authors}
        onChange={setAuthors}
        errors={errors}
        errorPrefix="authors"
        idPrefix="ev"
      />
      <div className="grid gap-3 md:grid-cols-2">{text("publisher", t("add.publisher"))}</div>
      <div className="grid gap-3 md:grid-cols-2">
        {day("publishedAt", t("add.publishedOn"))}
        {day("accessedAt", t("add.accessedOn"))}
      </div>
      {text("archiveUrl", t("add.archiveUrl"), { type: "url" })}
      <div>
        <label className={labelClass} htmlFor="ev-stance">
          {t("stance.label")}
        </label>
        <select
          id="ev-stance"
          name="stance"
          value={f.stance}
          onChange={set("stance")}
          className={inputClass}
          aria-invalid={!!errors?.stance}
        >
          <option value="">{t("add.choose")}</option>
          <option value="SUPPORTS">{t("stance.supports")}</option>
          <option value="CONTRADICTS">{t("stance.contradicts")}</option>
          <option value="CONTEXT">{t("stance.context")}</option>
        </select>
        <FieldError errors={errors?.stance} />
      </div>
      <div>
        <label className={labelClass} htmlFor="ev-quote">
          {t("add.quote")}
        </label>
        <textarea
          id="ev-quote"
          name="quote"
          rows={2}
          value={f.quote}
          onChange={set("quote")}
          className={inputClass}
        />
      </div>
      <div>
        <label className={labelClass} htmlFor="ev-note">
          {t("add.note")}
        </label>
        <textarea
          id="ev-note"
          name="note"
          rows={2}
          value={f.note}
          onChange={set("note")}
          className={inputClass}
        />
      </div>
      <Button type="submit" pending={pending} variant="dark" size="md">
        {pending ? t("add.adding") : t("add.submit")}
      </Button>
    </form>
  );
}
