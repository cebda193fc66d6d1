"use client";
// A source's authors as the editor gives them: one row per author, a person (family name, given
// names) or a name kept whole (an organisation, a Devanagari name). Nothing is split or guessed from
// what is typed; a row keeps both kinds' text while the editor switches, so switching loses nothing.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { SourceAuthor } from "@/lib/author/names";
import type { AuthorRow } from "@/lib/author/schema";
import type { FieldErrors } from "@/lib/errors";
import { FieldError, inputClass } from "./field";

export interface AuthorRowValue {
  key: number;
  kind: "person" | "literal";
  family: string;
  given: string;
  literal: string;
}

/** The library's list as rows the editor can change. */
export function authorRowsOf(authors: SourceAuthor[]): AuthorRowValue[] {
  return authors.map((a, key) =>
    "literal" in a
      ? { key, kind: "literal", family: "", given: "", literal: a.literal }
      : { key, kind: "person", family: a.family, given: a.given ?? "", literal: "" },
  );
}

/** What the action receives: only the chosen kind's fields, exactly as typed (the server trims). */
export const authorsPayload = (rows: AuthorRowValue[]): AuthorRow[] =>
  rows.map((r) =>
    r.kind === "person"
      ? { kind: "person", family: r.family, given: r.given }
      : { kind: "literal", literal: r.literal },
  );

/** "Colin Zwirko, Chad O'Carroll" from the rows as typed, for the library comparison. */
export const rowsText = (rows: AuthorRowValue[]) =>
  rows
    .map((r) => (r.kind === "person" ? [r.given, r.family] : [r.literal]))
    .map((parts) =>
      parts
        .map((p) => p.trim())
        .filter(Boolean)
        .join(" "),
    )
    .filter(Boolean)
    .join(", ");

const nextKey = (rows: AuthorRowValue[]) => Math.max(-1, ...rows.map((r) => r.key)) + 1;

export function AuthorsField({
  rows,
  onChange,
  errors,
  errorPrefix,
  idPrefix,
}: {
  rows: AuthorRowValue[];
  onChange: (rows: AuthorRowValue[]) => void;
  errors?: FieldErrors;
  /** Where the action's field errors for this list are keyed ("authors", "citation.authors"). */
  errorPrefix: string;
  idPrefix: string;
}) {
  const t = useTranslations("articles.authors");
  // After adding, moving or removing a row, the keyboard stays where the editor is working.
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const id = (key: number, part: string) => `${idPrefix}-author-${key}-${part}`;
  const update = (key: number, patch: Partial<AuthorRowValue>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = (kind: AuthorRowValue["kind"]) => {
    const key = nextKey(rows);
    onChange([...rows, { key, kind, family: "", given: "", literal: "" }]);
    setFocusId(id(key, kind === "person" ? "family" : "literal"));
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...rows];
    const [row] = next.splice(i, 1);
    if (!row) return;
    next.splice(i + by, 0, row);
    onChange(next);
    // At either end the button it would land on is hidden: stay on the row's other move button.
    const j = i + by;
    const dir = by < 0 ? (j === 0 ? "down" : "up") : j === next.length - 1 ? "up" : "down";
    setFocusId(id(row.key, dir));
  };
  const remove = (i: number) => {
    const row = rows[i];
    if (!row) return;
    const next = rows.filter((r) => r.key !== row.key);
    onChange(next);
    const neighbour = next[Math.min(i, next.length - 1)];
    setFocusId(neighbour ? id(neighbour.key, "kind") : `${idPrefix}-add-person`);
  };
  const switchKind = (r: AuthorRowValue, kind: AuthorRowValue["kind"]) => {
    // A person's name, made whole, starts the whole-name field (visibly, and only when it is empty);
    // the other way nothing is guessed. Each kind keeps its own text, so switching back loses nothing.
    const asWhole = [r.given, r.family]
      .map((p) => p.trim())
      .filter(Boolean)
      .join(" ");
    update(r.key, kind === "literal" ? { kind, literal: r.literal || asWhole } : { kind });
  };

  const err = (i: number, part: string) => errors?.[`${errorPrefix}.${i}.${part}`];
  const listErrors = errors?.[errorPrefix];
  const input = (
    r: AuthorRowValue,
    i: number,
    part: "family" | "given" | "literal",
    label: string,
  ) => {
    const e = err(i, part);
    return (
      <Field
        id={id(r.key, part)}
        label={label}
        errors={e}
        labelClassName="block text-xs font-semibold"
        className="min-w-0 flex-1"
      >
        {(control) => (
          <input
            {...control}
            name={`${idPrefix}-author-${i}-${part}`}
            value={r[part]}
            onChange={(ev) => update(r.key, { [part]: ev.target.value })}
            autoComplete="off"
          />
        )}
      </Field>
    );
  };

  return (
    <fieldset className="space-y-2 rounded border border-stone-200 p-3" data-testid="authors-field">
      <legend className="px-1 text-sm font-semibold">{t("legend")}</legend>
      <p className="text-xs text-stone-600" id={`${idPrefix}-authors-hint`}>
        {t("hint")}
      </p>
      <FieldError errors={listErrors} />
      <ol className="space-y-2">
        {rows.map((r, i) => {
          const n = i + 1;
          return (
            <li key={r.key} data-testid={`${idPrefix}-author-row`}>
              <fieldset className="rounded border border-stone-200 bg-stone-50 p-2">
                <legend className="px-1 text-xs font-semibold">{t("author", { n })}</legend>
                <div className="flex flex-wrap items-end gap-2">
                  <div>
                    <label className="block text-xs font-semibold" htmlFor={id(r.key, "kind")}>
                      {t("kind")}
                    </label>
                    <select
                      id={id(r.key, "kind")}
                      value={r.kind}
                      onChange={(ev) => switchKind(r, ev.target.value as AuthorRowValue["kind"])}
                      className={inputClass}
                    >
                      <option value="person">{t("person")}</option>
                      <option value="literal">{t("literal")}</option>
                    </select>
                  </div>
                  {r.kind === "person" ? (
                    <>
                      {input(r, i, "family", t("family"))}
                      {input(r, i, "given", t("given"))}
                    </>
                  ) : (
                    input(r, i, "literal", t("literalName"))
                  )}
                </div>
                <div className="mt-2 flex gap-3 text-sm">
                  {i > 0 && (
                    <Button
                      type="button"
                      id={id(r.key, "up")}
                      variant="link"
                      aria-label={t("moveUp", { n })}
                      onClick={() => move(i, -1)}
                    >
                      {t("up")}
                    </Button>
                  )}
                  {i < rows.length - 1 && (
                    <Button
                      type="button"
                      id={id(r.key, "down")}
                      variant="link"
                      aria-label={t("moveDown", { n })}
                      onClick={() => move(i, 1)}
                    >
                      {t("down")}
                    </Button>
                  )}
                  <Button
                    type="button"
                    variant="link"
                    className="text-red-700"
                    aria-label={t("removeLabel", { n })}
                    onClick={() => remove(i)}
                  >
                    {t("remove")}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          id={`${idPrefix}-add-person`}
          onClick={() => add("person")}
          variant="subtle"
          size="sm"
          className="text-sm"
        >
          {t("addPerson")}
        </Button>
        <Button
          type="button"
          onClick={() => add("literal")}
          variant="subtle"
          size="sm"
          className="text-sm"
        >
          {t("addLiteral")}
        </Button>
      </div>
    </fieldset>
  );
}
