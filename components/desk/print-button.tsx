"use client";

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded border border-stone-400 px-3 py-1"
    >
      Print / save as PDF
    </button>
  );
}
