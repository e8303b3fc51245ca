import {
  isTempSheetName,
  newSheetPositions,
  planSheetNames,
  planTableNames,
  tempSheetNames,
  toTableName,
  uniqueTableName,
} from "../../src/excel/naming";

const sheets = (...names: string[]) => names.map((name, i) => ({ id: `id${i}`, name }));

describe("sheet names for a write", () => {
  it("keeps the desired name when it is free", () => {
    const temps = tempSheetNames("abc123", 1);
    const plan = planSheetNames(["Förbrukningskvot 2024-06-30"], sheets("Insatser"), new Set(), temps, "abc123");
    expect(plan.finalNames).toEqual(["Förbrukningskvot 2024-06-30"]);
    expect(temps).toEqual(["~finsam-abc123-n1"]);
    expect(isTempSheetName(temps[0])).toBe(true);
  });

  it("never takes a user's sheet name (case-insensitive): Name (2), within 31 characters", () => {
    const temps = tempSheetNames("t", 3);
    const plan = planSheetNames(
      ["Förbrukningskvot 2024-06-30", "Förbrukningskvot 2024-06-30", "bidrag 2024"],
      sheets("FÖRBRUKNINGSKVOT 2024-06-30", "Bidrag 2024"),
      new Set(),
      temps,
      "t",
    );
    expect(plan.finalNames).toEqual(["Förbrukningskvot 2024-06-30 (2)", "Förbrukningskvot 2024-06-30 (3)", "bidrag 2024 (2)"]);
    for (const n of plan.finalNames) expect(n.length).toBeLessThanOrEqual(31);
    expect(planSheetNames(["x".repeat(31)], sheets("x".repeat(31)), new Set(), ["~t"], "t").finalNames[0]).toBe(`${"x".repeat(27)} (2)`);
  });

  it("reuses the name of the output sheet it replaces and parks that sheet under a temporary name", () => {
    const existing = sheets("Insatser", "Förbrukningskvot 2024-06-30");
    const plan = planSheetNames(["Förbrukningskvot 2024-06-30"], existing, new Set(["id1"]), ["~finsam-t-n1"], "t");
    expect(plan.finalNames).toEqual(["Förbrukningskvot 2024-06-30"]);
    expect(plan.trashNames).toEqual(new Map([["id1", "~finsam-t-g1"]]));
  });

  it("makes invalid desired names valid", () => {
    const plan = planSheetNames(["Budget/utfall: Q1?", "", "History"], [], new Set(), ["~a", "~b", "~c"], "t");
    expect(plan.finalNames).toEqual(["Budget-utfall- Q1-", "Blad", "History 1"]);
  });
});

describe("table names", () => {
  it("drops diacritics, replaces spaces and avoids cell-reference look-alikes", () => {
    expect(toTableName("Förbrukningskvot")).toBe("Forbrukningskvot");
    expect(toTableName("Uppföljning deltagare K/M")).toBe("Uppfoljning_deltagare_K_M");
    expect(toTableName("2024")).toBe("T_2024");
    expect(toTableName("AB12")).toBe("T_AB12");
    expect(toTableName("åäö")).toBe("aao");
    expect(toTableName("!!!")).toBe("Tabell");
  });

  it("adds _2, _3 for names taken in the workbook", () => {
    const taken = new Set(["forbrukningskvot"]);
    expect(uniqueTableName("Förbrukningskvot", taken)).toBe("Forbrukningskvot_2");
    expect(uniqueTableName("Förbrukningskvot", taken)).toBe("Forbrukningskvot_3");
  });

  it("creates under a free name and renames to the replaced table's name after the old sheet is gone", () => {
    const existing = [
      { name: "Forbrukningskvot", sheetId: "old" },
      { name: "Bidrag", sheetId: "user" },
    ];
    expect(planTableNames(["Förbrukningskvot", "Bidrag", "Förbrukningskvot"], existing, new Set(["old"]))).toEqual([
      { initial: "Forbrukningskvot_2", final: "Forbrukningskvot" },
      { initial: "Bidrag_2", final: "Bidrag_2" },
      { initial: "Forbrukningskvot_3", final: "Forbrukningskvot_2" },
    ]);
  });
});

describe("positions of new sheets", () => {
  it("puts each new sheet right after the output it replaces (its place once that is deleted), the rest at the end", () => {
    const before = ["u1", "oldKvot", "u2", "oldValid"];
    const replaced = new Map([
      ["oldKvot", "kvot"],
      ["oldValid", "valid"],
    ]);
    const positions = newSheetPositions(before, replaced, ["valid", "bidrag", "kvot"]);
    expect(positions).toEqual([
      { plan: 2, position: 2 },
      { plan: 0, position: 5 },
      { plan: 1, position: 6 },
    ]);
    // applied in order to the tabs with the new sheets at the end, then the replaced ones deleted
    const tabs: string[] = [...before, "valid", "bidrag", "kvot"];
    for (const p of positions) {
      const name = ["valid", "bidrag", "kvot"][p.plan];
      tabs.splice(tabs.indexOf(name), 1);
      tabs.splice(p.position, 0, name);
    }
    expect(tabs.filter((t) => !replaced.has(t))).toEqual(["u1", "kvot", "u2", "valid", "bidrag"]);
  });

  it("appends when nothing is replaced", () => {
    expect(newSheetPositions(["u1"], new Map(), ["a", "b"])).toEqual([
      { plan: 0, position: 1 },
      { plan: 1, position: 2 },
    ]);
  });
});
