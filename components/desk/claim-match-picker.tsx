"use client";
// "Already logged?": the claims that say what the selected quote says, ranked, each attachable as
// another appearance when it is open; lookalikes (another figure, country or polarity) shown apart
// with the reason; and a search box for any other open claim. Native radios in one group, so the
// arrow keys move between them and the choice is announced.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { findOpenClaimsAction } from "@/lib/claim/actions";
import type { ClaimMatch, PassageMatches } from "@/lib/claim/match";
import { inputClass } from "./field";
import { callAction } from "./use-action";

const SEARCH_DELAY_MS = 300;
type T = ReturnType<typeof useTranslations<"claims.match">>;

// lib/claim/match.ts words its reasons in English for the log; the picker says them in the page's
// language from the same facts: the score's thresholds, the status, the guard's reason.
const likenessOf = (score: number, t: T) =>
  score >= 0.85
    ? t("likeness.nearlySame")
    : score >= 0.7
      ? t("likeness.verySimilar")
      : t("likeness.similar");

function blockedOf(m: ClaimMatch, t: T): string | null {
  if (!m.blocked) return null;
  if (m.status === "IN_REVIEW") return t("blocked.inReview");
  if (m.status === "PUBLISHED") return t("blocked.published");
  return m.blocked;
}

function differsOf(differs: string | null, t: T): string | null {
  if (!differs) return null;
  const pair = /^different (figures|countries): (.*) vs (.*)$/.exec(differs);
  if (pair)
    return pair[1] === "figures"
      ? t("differs.figures", { a: pair[2], b: pair[3] })
      : t("differs.countries", { a: pair[2], b: pair[3] });
  if (differs.startsWith("opposite polarity")) return t("differs.polarity");
  return differs;
}

interface Props {
  found: PassageMatches;
  /** The chosen claim's id; "" for a new claim. */
  value: string;
  onChange: (claimId: string) => void;
}

function Choice({
  value,
  checked,
  onChange,
  disabled,
  children,
  testId,
}: {
  value: string;
  checked: boolean;
  onChange: (v: string) => void;
  disabled?: boolean;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <label
      className={`flex gap-3 rounded border p-3 ${checked ? "border-brand bg-amber-50" : "border-stone-200"} ${disabled ? "opacity-70" : "cursor-pointer"}`}
      data-testid={testId}
    >
      <input
        type="radio"
        name="existingClaim"
        value={value}
        checked={checked}
        disabled={disabled}
        onChange={() => onChange(value)}
        className="mt-1"
      />
      <span className="min-w-0 flex-1 space-y-1">{children}</span>
    </label>
  );
}

function MatchBody({ m }: { m: ClaimMatch }) {
  const t = useTranslations("claims.match");
  const status = useTranslations("enums.ClaimStatus");
  return (
    <>
      <span className="block" lang="hi">
        {m.textHi}
      </span>
      <span className="block text-xs text-stone-600">
        <strong>{likenessOf(m.score, t)}</strong> · {status(m.status)}
        {m.firstArticle && (
          <>
            {" "}
            · {t("firstLogged")} <span lang="hi">{m.firstArticle.title}</span>
          </>
        )}
        {m.appearances > 0 && ` · ${t("appearances", { count: m.appearances })}`} ·{" "}
        <Link href={`/desk/claims/${m.id}`} target="_blank" className="underline">
          {t("openClaim")}
        </Link>
      </span>
    </>
  );
}

export function ClaimMatchPicker({ found, value, onChange }: Props) {
  const t = useTranslations("claims.match");
  const [q, setQ] = useState("");
  const [results, setResults] = useState<{ id: string; text: string }[] | null>(null);
  const [picked, setPicked] = useState<{ id: string; text: string } | null>(null);
  const [failed, setFailed] = useState(false);

  // Debounced: one request once the editor pauses, and an answer that arrives after a newer
  // keystroke is dropped rather than shown for words no longer in the box.
  useEffect(() => {
    const words = q.trim();
    if (!words) {
      setResults(null);
      return;
    }
    let current = true;
    const timer = setTimeout(async () => {
      const r = await callAction(findOpenClaimsAction, { q: words });
      if (!current) return;
      setFailed(!r.ok);
      setResults(
        r.ok ? r.data.map((h) => ({ id: h.id, text: h.title.map((s) => s.text).join("") })) : [],
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q]);

  const ranked = new Set(found.matches.map((m) => m.id));
  const choose = (id: string, text?: string) => {
    if (text !== undefined) setPicked({ id, text });
    onChange(id);
  };
  const shown = results?.filter((r) => !ranked.has(r.id)) ?? [];
  // A claim picked from an earlier search stays on screen (and chosen) while the words change.
  const keepPicked = picked && value === picked.id && !shown.some((r) => r.id === picked.id);

  return (
    <fieldset
      className="space-y-3 rounded-lg border border-stone-200 p-4"
      data-testid="claim-matches"
    >
      <legend className="px-1 font-semibold">{t("legend")}</legend>
      <Choice value="" checked={value === ""} onChange={onChange} testId="match-new">
        <span className="font-medium">{t("new")}</span>
      </Choice>

      {found.matches.length === 0 ? (
        <p className="text-sm text-stone-600">{t("none")}</p>
      ) : (
        <ol className="space-y-2" aria-label={t("listLabel")}>
          {found.matches.map((m) => (
            <li key={m.id}>
              <Choice
                value={m.id}
                checked={value === m.id}
                onChange={onChange}
                disabled={!m.attachable}
                testId="claim-match"
              >
                <span className="block text-xs font-semibold uppercase text-stone-600">
                  {m.attachable ? t("attach") : t("notOpen")}
                </span>
                <MatchBody m={m} />
                {m.blocked && (
                  <span className="block text-xs text-red-800">
                    {t("notAttachable", { reason: blockedOf(m, t) ?? m.blocked })}
                  </span>
                )}
              </Choice>
            </li>
          ))}
        </ol>
      )}

      {found.lookalikes.length > 0 && (
        <details className="text-sm" data-testid="claim-lookalikes">
          <summary className="cursor-pointer text-stone-700">
            {t("lookalikes", { count: found.lookalikes.length })}
          </summary>
          <ul className="mt-2 space-y-2">
            {found.lookalikes.map((m) => (
              <li key={m.id} className="rounded border border-dashed border-stone-300 p-3">
                <MatchBody m={m} />
                <span className="block text-xs text-red-800">
                  {t("notSame", { reason: differsOf(m.differs, t) ?? "" })}
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}

      <div className="space-y-2">
        <label className="block text-sm font-medium" htmlFor="claim-search">
          {t("search")}
        </label>
        <input
          id="claim-search"
          type="search"
          lang="hi"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          className={inputClass}
          autoComplete="off"
        />
        <p className="text-xs text-stone-600" role="status" aria-live="polite">
          {failed ? t("failed") : results === null ? "" : t("found", { count: shown.length })}
        </p>
        <ul className="space-y-2" data-testid="claim-search-results">
          {keepPicked && (
            <li>
              <Choice value={picked.id} checked onChange={onChange}>
                <span lang="hi">{picked.text}</span>
              </Choice>
            </li>
          )}
          {shown.map((r) => (
            <li key={r.id}>
              <Choice value={r.id} checked={value === r.id} onChange={(id) => choose(id, r.text)}>
                <span className="block text-xs font-semibold uppercase text-stone-600">
                  {t("attach")}
                </span>
                <span lang="hi">{r.text}</span>
              </Choice>
            </li>
          ))}
        </ul>
      </div>
    </fieldset>
  );
}
