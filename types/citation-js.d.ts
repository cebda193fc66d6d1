// citation.js ships no type declarations: the little of it the tests use (as a reader of the BibTeX
// and RIS exports; the app no longer writes with it), typed as it behaves.
declare module "@citation-js/core" {
  export class Cite {
    // forceType names the input format instead of letting citation.js guess it from the text.
    constructor(data: unknown, options?: { forceType?: string });
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
