import {
  amountHeader,
  enhet,
  FORMAT,
  ratioCell,
  sourceSheetNames,
  sumCell,
  sumOfCells,
  tableName,
  titleRows,
  titleStyles,
} from "../../../src/domain/plan/common";

describe("plan common", () => {
  it("title rows 1–3 and an optional note on row 4", () => {
    const rows = titleRows({
      rapport: "Förbrukningskvot",
      forbund: "Samordningsförbundet Uppsala län",
      fran: "2024-01-01",
      till: "2024-06-30",
      kallor: ["Insatser", "Utfall"],
      idag: "2024-10-24",
      not: "Not",
    });
    expect(rows).toEqual([
      ["Förbrukningskvot – Samordningsförbundet Uppsala län"],
      ["Period 2024-01-01 – 2024-06-30 · Källor: Insatser, Utfall"],
      ["Skapad 2024-10-24 av Finsam för Excel"],
      ["Not"],
    ]);
    expect(titleRows({ rapport: "R", fran: "a", till: "b", kallor: [], idag: "c" })[0]).toEqual(["R"]);
    expect(titleStyles(8).map((s) => s.range)).toContain("A5:H5");
  });

  it("formats and unit labels", () => {
    expect(FORMAT).toMatchObject({ tkr: "#,##0,", helt: "#,##0", procent: "0%" });
    expect(amountHeader("Utfall", "tkr")).toBe("Utfall (tkr)");
    expect(enhet({ installningar: { ovrigt: {} } })).toBe("tkr");
    expect(enhet({ installningar: { enhet: "TSEK", ovrigt: {} } })).toBe("TSEK");
  });

  it("formula cells carry their cached values", () => {
    expect(sumCell(3, 5, 16, 42)).toEqual({ formula: "=SUM(D6:D17)", value: 42 });
    expect(sumOfCells(2, [9, 14], 7)).toEqual({ formula: "=SUM(C10,C15)", value: 7 });
    expect(ratioCell(5, 5, 4, 0.72)).toEqual({ formula: '=IF(E6=0,"",F6/E6)', value: 0.72 });
    expect(ratioCell(5, 5, 4, undefined).value).toBe("");
  });

  it("source sheets and table names", () => {
    expect(
      sourceSheetNames({ sourceSheets: { insatser: "Insatser", budget: "Insatser", utfall: "Utfall" } }, [
        "insatser",
        "budget",
        "utfall",
        "x",
      ]),
    ).toEqual(["Insatser", "Utfall"]);
    expect(tableName("Förbrukningskvot", "2024-06-30")).toBe("Forbrukningskvot_2024_06_30");
    expect(tableName("2024")).toBe("T_2024");
  });
});
