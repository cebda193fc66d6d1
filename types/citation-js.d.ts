// citation.js ships no type declarations: the little of it Pramaan uses, typed as it behaves.
declare module "@citation-js/core" {
  export class Cite {
    // forceType names the input format instead of letting citation.js guess it from the text.
    constructor(data: unknown, options?: { forceType?: string });
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(ref: string): Record<string, Record<string, unknown>> };
  };
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
