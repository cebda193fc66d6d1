"use client";
// "Already logged?": the claims that say what the selected quote says, ranked, each attachable as
// another appearance when it is open; lookalikes (another figure, country or polarity) shown apart
// with the reason; and a search box for any other open claim. Native radios in one group, so the
// arrow keys move between them and the choice is announced.
import Link from "next/link";
import { useEffect, useState } from "react";
import { findOpenClaimsAction } from "@/lib/claim/actions";
import type { ClaimMatch, PassageMatches } from "@/lib/claim/match";
import { inputClass } from "./field";
import { callAction } from "./use-action";

const STATUS: Record<string, string> = {
  OPEN: "open",
  IN_REVIEW: "in review",
  PUBLISHED: "published",
};
const SEARCH_DELAY_MS = 300;

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
  return (
    <>
      <span className="block" lang="hi">
        {m.textHi}
      </span>
      <span className="block text-xs text-stone-600">
        <strong>{m.likeness}</strong> · {STATUS[m.status] ?? m.status}
        {m.firstArticle && (
          <>
            {" "}
            · first logged from <span lang="hi">{m.firstArticle.title}</span>
          </>
        )}
        {m.appearances > 0 && ` · ${m.appearances} appearance${m.appearances === 1 ? "" : "s"}`} ·{" "}
        <Link href={`/desk/claims/${m.id}`} target="_blank" className="underline">
          open the claim
        </Link>
      </span>
    </>
  );
}

export function ClaimMatchPicker({ found, value, onChange }: Props) {
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
      <legend className="px-1 font-semibold">
        Already logged? <span lang="hi">· पहले से दर्ज?</span>
      </legend>
      <Choice value="" checked={value === ""} onChange={onChange} testId="match-new">
        <span className="font-medium">No: log a new claim</span>
      </Choice>

      {found.matches.length === 0 ? (
        <p className="text-sm text-stone-600">No claim already logged says the same thing.</p>
      ) : (
        <ol className="space-y-2" aria-label="Claims that say the same thing, most similar first">
          {found.matches.map((m) => (
            <li key={m.id}>
              <Choice
                value={m.id}
                checked={value === m.id}
                onChange={onChange}
                disabled={!m.attachable}
                testId="claim-match"
              >
                <span className="block text-xs font-semibold uppercase text-stone-500">
                  {m.attachable ? "Attach as another appearance" : "Already logged, not open"}
                </span>
                <MatchBody m={m} />
                {m.blocked && (
                  <span className="block text-xs text-red-800">Not attachable: {m.blocked}</span>
                )}
              </Choice>
            </li>
          ))}
        </ol>
      )}

      {found.lookalikes.length > 0 && (
        <details className="text-sm" data-testid="claim-lookalikes">
          <summary className="cursor-pointer text-stone-700">
            {found.lookalikes.length} similar wording{found.lookalikes.length === 1 ? "" : "s"}, but
            not the same claim
          </summary>
          <ul className="mt-2 space-y-2">
            {found.lookalikes.map((m) => (
              <li key={m.id} className="rounded border border-dashed border-stone-300 p-3">
                <MatchBody m={m} />
                <span className="block text-xs text-red-800">Not the same claim: {m.differs}</span>
              </li>
            ))}
          </ul>
        </details>
      )}

      <div className="space-y-2">
        <label className="block text-sm font-medium" htmlFor="claim-search">
          Find another open claim by its words
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
          {failed
            ? "The search did not answer; try again."
            : results === null
              ? ""
              : `${shown.length} open claim${shown.length === 1 ? "" : "s"} found`}
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
                <span className="block text-xs font-semibold uppercase text-stone-500">
                  Attach as another appearance
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
