// The part of Deno's `Deno.jupyter` API that dataset.ipynb uses, as `deno types` (Deno 2.9)
// declares it, so that tsc can type-check the notebook's cells without Deno's own lib files.
declare namespace Deno {
  namespace jupyter {
    interface MediaBundle {
      "text/plain"?: string;
      "text/html"?: string;
      "image/svg+xml"?: string;
      "text/markdown"?: string;
      [key: string]: string | object | undefined;
    }
    const $display: unique symbol;
    interface Displayable {
      [$display]: () => MediaBundle | Promise<MediaBundle>;
    }
    function display(obj: unknown, options?: { raw?: boolean; update?: boolean; display_id?: string }): Promise<void>;
    function md(strings: TemplateStringsArray, ...values: unknown[]): Displayable;
    function html(strings: TemplateStringsArray, ...values: unknown[]): Displayable;
    function svg(strings: TemplateStringsArray, ...values: unknown[]): Displayable;
  }
}

// The one web timer the notebook uses (a global in Deno, as on the web).
declare function setTimeout(callback: (value?: unknown) => void, delay?: number): number;
