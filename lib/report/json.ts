// The report as JSON, written as it streams: the heading fields, then "claims" one object per line.
// Parsed whole it is exactly the CitationReport of ./model.ts.
import type { WriterFactory } from "./writer";

export const jsonWriter: WriterFactory = (meta) => {
  let written = 0;
  return {
    // The heading object minus its closing brace, so "claims" can follow inside it.
    head: () => `${JSON.stringify(meta, null, 2).replace(/\n}$/, "")},\n  "claims": [`,
    claims: (batch) =>
      batch.map((c) => `${written++ ? ",\n    " : "\n    "}${JSON.stringify(c)}`).join(""),
    tail: () => (written ? "\n  ]\n}\n" : "]\n}\n"),
  };
};
