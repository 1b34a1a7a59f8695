/**
 * The little of Citation.js's API the site uses (the packages ship no types): a `Cite` built from
 * CSL-JSON items, formatted as a bibliography, BibTeX/BibLaTeX or CSL-JSON, and the plugin
 * configuration where the CSL plugin's styles and the BibTeX plugin's type mapping live.
 */
declare module '@citation-js/core' {
  /** A CSL-JSON item, loosely typed: Citation.js accepts any CSL variable. */
  export type CslItem = Record<string, unknown> & { id: string; type: string };

  /** Options of the output formats the site uses. */
  export interface FormatOptions {
    /** `text` for plain text, `object` for data; `html` for markup. */
    format?: 'text' | 'html' | 'object';
    /** CSL style name, for `bibliography` and `citation`. */
    template?: string;
    /** CSL locale, for `bibliography` and `citation`. */
    lang?: string;
    /** Hand citeproc CSL 1.0.1 variables (`event`, not `event-title`), for CSL 1.0.1 styles. */
    downgradeCsl?: boolean;
  }

  /** A list of references, parsed from any input Citation.js reads (CSL-JSON, BibTeX …). */
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    /** The items, as normalised CSL-JSON. */
    data: CslItem[];
    format(name: 'bibliography' | 'citation' | 'bibtex' | 'biblatex' | 'data', options?: FormatOptions): string;
  }

  /** Citation.js's plugin registry. */
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: { add(name: string, xml: string): void; has(name: string): boolean } };
      get(name: '@bibtex'): {
        types: { biblatex: { target: Record<string, string> }; bibtex: { target: Record<string, string> } };
      };
    };
  };
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
