/**
 * The part of citation-js the tests use (its packages ship no type declarations): a `Cite` reads
 * BibTeX or RIS once its plugins are imported, and exposes the references as CSL-JSON.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: string);
    data: unknown[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
