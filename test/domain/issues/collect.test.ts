import { collectIssues, issue, sortIssues, type Issue } from "../../../src/domain/issues";
import { groupIssues } from "../../../src/services/issues";

/** ONE issue collection (src/domain/issues/collect.ts): dedupe, one sort order, personnummer masking. */

const mixed: Issue[] = [
  issue("info", "ENHET_GISSAD", "Utfall", "A2", "info"),
  issue("fel", "OLASBART_TAL", "Utfall", "A10", "A10"),
  issue("fel", "OLASBART_TAL", "Utfall", "B9", "B9"),
  issue("fel", "OLASBART_TAL", "Utfall", "A9", "A9"),
  issue("fel", "SAKNAT_BLAD", "Utfall", "", "hela bladet"),
  issue("fel", "OKAND_KATEGORI", "Budget", "AA1", "Budget"),
  issue("varning", "NEGATIV_BUDGET", "Ärenden", "C3", "Ärenden"),
  issue("varning", "NEGATIV_BUDGET", "Översikt", "C3", "Översikt"),
  issue("varning", "LAYOUT_ANDRAD", "Budget", "A14:G14", "rad 14"),
  issue("varning", "LAYOUT_ANDRAD", "Budget", "A2", "rad 2"),
];

describe("collectIssues", () => {
  it("sorts fel → varning → info, sheet in Swedish order (Ä before Ö), the whole sheet before its cells, then row and column", () => {
    expect(sortIssues(mixed).map((i) => i.message)).toEqual([
      "Budget",
      "hela bladet",
      "A9",
      "B9",
      "A10",
      "rad 2",
      "rad 14",
      "Ärenden",
      "Översikt",
      "info",
    ]);
  });

  it("is the order of the task pane's groups too (one ordering, not two)", () => {
    expect(groupIssues(mixed).flatMap((g) => g.issues)).toEqual(sortIssues(mixed));
  });

  it("drops exact duplicates but keeps the same code at another cell or with another message", () => {
    const a = issue("fel", "OLASBART_TAL", "Utfall", "C3", "Talet kan inte läsas.");
    const out = collectIssues([a, { ...a }, { ...a, cell: "C4" }, { ...a, message: "Annat." }]);
    expect(out.map((i) => `${i.cell} ${i.message}`)).toEqual(["C3 Talet kan inte läsas.", "C3 Annat.", "C4 Talet kan inte läsas."]);
  });

  it("masks personnummer in messages by default, and through the hook when one is given", () => {
    const pnr = issue("varning", "DELT_OKANT_VARDE", "Deltagare", "B2", "Värdet 19850101-1234 är okänt.");
    expect(collectIssues([pnr])[0].message).not.toContain("19850101-1234");
    expect(collectIssues([pnr], { mask: (t) => t.replace(/\d/g, "#") })[0].message).toBe("Värdet ########-#### är okänt.");
  });

  it("masks before deduplicating: two messages that differ only in a personnummer become one", () => {
    const a = issue("varning", "DELT_PERSONNUMMER", "Deltagare", "B2", "Personnummer 19850101-1234 i cellen.");
    const b = { ...a, message: "Personnummer 19900202-2345 i cellen." };
    expect(collectIssues([a, b])).toHaveLength(1);
  });
});
