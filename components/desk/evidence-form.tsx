"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
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

const FIELD_LABELS: Record<CitationField, string> = {
  title: "Title",
  publisher: "Publisher",
  authors: "Authors",
  publishedAt: "Published on",
  archiveUrl: "Archived copy",
  lang: "Language",
};

const libraryConflictOf = (details: unknown): LibraryConflict | null =>
  details && typeof details === "object" && "source" in details && "differences" in details
    ? (details as LibraryConflict)
    : null;

export function EvidenceForm({ claimId }: { claimId: string }) {
  const router = useRouter();
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
      <h3 className="font-semibold">Add a source · स्रोत जोड़ें</h3>
      <FormMessage result={result} />
      {library && (
        <div
          className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
          data-testid="library-conflict"
        >
          <p>The source library's record for this address says:</p>
          <table className="w-full text-left">
            <thead>
              <tr>
                <th className="pr-3" />
                <th className="pr-3">Library</th>
                <th>You typed</th>
              </tr>
            </thead>
            <tbody>
              {library.differences.map((field) => (
                <tr key={field}>
                  <th className="pr-3 font-semibold">{FIELD_LABELS[field]}</th>
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
              Cite the library's record
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
              Correct the library's record to mine
            </Button>
          </div>
          <p className="text-xs text-stone-600">
            Correcting the record changes it for every claim that cites it, and is recorded in their
            history with your name.
          </p>
        </div>
      )}
      {text("url", "Address (URL)", {
        type: "url",
        placeholder: "https://",
        onBlur: (e) => lookUp(e.target.value),
      })}
      {prefilled && (
        <p className="text-sm text-stone-600" role="status" data-testid="library-prefill">
          This address is in the source library: its details fill the fields you left empty. ·{" "}
          <span lang="hi">यह स्रोत पुस्तकालय में है; खाली खाने उसके विवरण से भरे गए।</span>
        </p>
      )}
      {text("title", "Title")}
      <AuthorsField
        rows={authors}
        onChange={setAuthors}
        errors={errors}
        errorPrefix="authors"
        idPrefix="ev"
      />
      <div className="grid gap-3 md:grid-cols-2">
        {text("publisher", "Publisher")}
        {text("publishedAt", "Published on", { type: "date" })}
        {text("accessedAt", "Accessed on (default: today)", { type: "date" })}
      </div>
      {text("archiveUrl", "Archived copy (URL, optional)", { type: "url" })}
      <div>
        <label className={labelClass} htmlFor="ev-stance">
          What it shows about the claim
        </label>
        <select
          id="ev-stance"
          name="stance"
          value={f.stance}
          onChange={set("stance")}
          className={inputClass}
          aria-invalid={!!errors?.stance}
        >
          <option value="">Choose…</option>
          <option value="SUPPORTS">Supports it · पुष्टि करता है</option>
          <option value="CONTRADICTS">Contradicts it · खंडन करता है</option>
          <option value="CONTEXT">Gives context · संदर्भ</option>
        </select>
        <FieldError errors={errors?.stance} />
      </div>
      <div>
        <label className={labelClass} htmlFor="ev-quote">
          Pinpoint quote from the source (optional)
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
          Note (optional)
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
        {pending ? "Adding…" : "Add source"}
      </Button>
    </form>
  );
}
