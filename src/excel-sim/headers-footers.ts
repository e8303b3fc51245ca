/**
 * Simulated `Excel.PageLayoutHeadersFooters` and `Excel.HeaderFooter` (ExcelApi 1.9): the footer of every page
 * (`pageLayout.headersFooters.defaultForAllPages.leftFooter/centerFooter/rightFooter`).
 *
 * As strict as Excel: a header or footer is at most 255 characters counted as Excel stores it — the three sections
 * with their "&L", "&C", "&R" codes and every format code ("&8", "&\"Arial,Regular\"", "&P") included (Excel's
 * "The text string you entered is too long"; ClosedXML and libxlsxwriter refuse the same, ClosedXML#141,
 * libxlsxwriter#305). A longer footer is refused with InvalidArgument instead of being cut.
 */
import type { SimRequestContext } from "./context";
import { invalidArgument } from "./errors";
import { SimObject } from "./object";
import type { PageLayoutState, SheetState, WorkbookState } from "./state";
import { checkString } from "./validate";

export const HEADER_FOOTER_MAX_CHARS = 255;

type Section = keyof PageLayoutState["footer"];
const FOOTERS = { leftFooter: "left", centerFooter: "center", rightFooter: "right" } as const satisfies Record<string, Section>;

/** The footer as Excel stores it: "&L…&C…&R…", empty sections left out. */
export function storedFooter(f: PageLayoutState["footer"]): string {
  return `${f.left ? `&L${f.left}` : ""}${f.center ? `&C${f.center}` : ""}${f.right ? `&R${f.right}` : ""}`;
}

export class SimHeaderFooter extends SimObject<SheetState> {
  constructor(ctx: SimRequestContext, resolver: (st: WorkbookState) => SheetState) {
    super(ctx, "HeaderFooter", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return Object.keys(FOOTERS);
  }
  protected _read(s: SheetState, prop: string): unknown {
    return s.pageLayout.footer[FOOTERS[prop as keyof typeof FOOTERS]];
  }
  private _set(prop: keyof typeof FOOTERS, v: string): void {
    this._queue(prop, v, (s) => {
      const loc = `HeaderFooter.${prop}`;
      const next = { ...s.pageLayout.footer, [FOOTERS[prop]]: checkString(v, loc) };
      const length = storedFooter(next).length;
      if (length > HEADER_FOOTER_MAX_CHARS)
        throw invalidArgument(`The footer is ${length} characters with its codes; Excel allows ${HEADER_FOOTER_MAX_CHARS}.`, loc);
      s.pageLayout.footer = next;
    });
  }
  get leftFooter(): string {
    return this._get("leftFooter");
  }
  set leftFooter(v: string) {
    this._set("leftFooter", v);
  }
  get centerFooter(): string {
    return this._get("centerFooter");
  }
  set centerFooter(v: string) {
    this._set("centerFooter", v);
  }
  get rightFooter(): string {
    return this._get("rightFooter");
  }
  set rightFooter(v: string) {
    this._set("rightFooter", v);
  }
}

export class SimPageLayoutHeadersFooters extends SimObject<SheetState> {
  constructor(
    ctx: SimRequestContext,
    private readonly resolver: (st: WorkbookState) => SheetState,
  ) {
    super(ctx, "PageLayoutHeadersFooters", resolver);
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _read(): unknown {
    return undefined;
  }
  protected override _navigationNames(): readonly string[] {
    return ["defaultForAllPages"];
  }
  get defaultForAllPages(): SimHeaderFooter {
    return this._kid("defaultForAllPages", () => new SimHeaderFooter(this.context, this.resolver));
  }
}
