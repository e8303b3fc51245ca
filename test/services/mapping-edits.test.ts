import type { RawSheet } from "../../src/domain/model";
import { parseMapping, serializeMapping, type WorkbookMapping } from "../../src/domain/detect";
import { runPipeline } from "../../src/domain/pipeline/pipeline";
import { createExcelHost } from "../../src/excel";
import { ExcelSim } from "../../src/excel-sim";
import { createMappingService, createMemoryMappingStore, type MappningSvar } from "../../src/services/mapping";
import { pct, U2021, U2024 } from "../fixtures/layouts/kvot/data";
import { codeBeforeName, subtotalAndUnallocated, summaryAbove, withGruppColumn } from "../fixtures/layouts/kvot/edits";

/**
 * The pane's mapping edits beyond period and unit (issue 14, "the way out"): header row, insats column, Grupp
 * column, row marks and aliases — through the mapping service on the simulated Excel, then the pipeline with
 * the edited mapping. Each workbook gives wrong or no kvoter by detection alone (asserted), and the published
 * ones after the edit.
 */
function ok(svar: MappningSvar) {
  if (!svar.ok) throw new Error(svar.message);
  return svar;
}

async function setup(sheets: RawSheet[], stored: string | null = null) {
  const store = createMemoryMappingStore(stored);
  const service = createMappingService(createExcelHost(ExcelSim.fromSheets(sheets)), store, { now: () => new Date(2024, 7, 15) });
  const first = ok(await service.readMapping());
  return { service, store, first };
}

function kvoter(sheets: RawSheet[], mapping: WorkbookMapping | undefined, fran: string, till: string) {
  const r = runPipeline(sheets, { fran, till, idag: till, ...(mapping ? { mapping } : {}) });
  const k = r.results.forbrukningskvot as { rader: { insats: string; kvot?: number }[] } | undefined;
  return {
    issues: r.issues,
    kvot: new Map((k?.rader ?? []).map((x) => [x.insats, x.kvot === undefined ? undefined : Math.round(x.kvot * 100)])),
  };
}

const helar2021 = new Map(U2021.map((i) => [i.namn, pct(i.utfall[0] + i.utfall[1], i.budget[0] + i.budget[1])]));
const h1_2024 = new Map(U2024.map((i) => [i.namn, pct(i.utfall[0], i.budget[0])]));

describe("header row: a summary block above the table is taken for the header", () => {
  it.each([1, 3])(
    "detection gives no kvot; after the user gives the header row the kvoter are the published ones (gap %i)",
    async (gap) => {
      const { sheet, headerRow } = summaryAbove(gap);
      // Detection alone takes the summary block's header: no insats gets a kvot (every one empty, with fel).
      expect([...kvoter([sheet], undefined, "2024-01-01", "2024-06-30").kvot.values()].filter((v) => v !== undefined)).toEqual([]);
      const { service, first } = await setup([sheet]);
      expect(first.sheets[0].headerRow).not.toBe(headerRow);
      const after = ok(service.editMapping({ typ: "rubrikrad", sheet: "Uppföljning", row: headerRow }));
      expect(after.sheets[0]).toMatchObject({ headerRow, headerRowAndrad: true, kind: "utfall" });
      const k = kvoter([sheet], after.mapping, "2024-01-01", "2024-06-30");
      expect(k.kvot.get("Jobbcentrum - Din väg fram")).toBe(72);
      expect(k.kvot).toEqual(h1_2024);
    },
  );

  it("a row outside the sheet, or one without column headers, is refused in Swedish and the mapping is unchanged", async () => {
    const { sheet } = summaryAbove();
    const { service, first } = await setup([sheet]);
    expect(service.editMapping({ typ: "rubrikrad", sheet: "Uppföljning", row: 99 })).toEqual({
      ok: false,
      message: `Rad 99 finns inte på bladet "Uppföljning"; skriv ett radnummer mellan 1 och ${sheet.values.length}.`,
    });
    const notHeader = service.editMapping({ typ: "rubrikrad", sheet: "Uppföljning", row: 8 });
    expect(notHeader.ok).toBe(false);
    expect(!notHeader.ok && notHeader.message).toMatch(/^Rad 8 på bladet "Uppföljning" ser inte ut som en rubrikrad/);
    expect(service.editMapping({ typ: "rubrikrad", sheet: "Finns inte", row: 2 })).toMatchObject({ ok: false });
    expect(ok(service.setSheetUse("Uppföljning", true)).sheets[0]).toMatchObject({
      headerRow: first.sheets[0].headerRow,
      kind: first.sheets[0].kind,
    });
  });
});

describe("row marks: a subtotal without the word Summa, and Beslutsutrymme ej fördelat", () => {
  it.each(["Samverkan gemensamt", "Lokussamordnare och övriga"])(
    "the subtotal %s is read as an insats; marked as a sum it is checked, not read",
    async (name) => {
      const { sheet, subtotalRow, ejFordeladRow } = subtotalAndUnallocated(name);
      const before = kvoter([sheet], undefined, "2021-01-01", "2021-12-31");
      expect(before.kvot.has(name)).toBe(true);
      const { service } = await setup([sheet]);
      ok(service.editMapping({ typ: "rad", sheet: "Uppföljning 2021", row: subtotalRow, as: "summa" }));
      const after = ok(service.editMapping({ typ: "rad", sheet: "Uppföljning 2021", row: ejFordeladRow, as: "ignorera" }));
      expect(after.sheets[0].rows).toEqual([
        { row: subtotalRow, as: "summa", text: name },
        { row: ejFordeladRow, as: "ignorera", text: "Beslutsutrymme ej fördelat" },
      ]);
      const k = kvoter([sheet], after.mapping, "2021-01-01", "2021-12-31");
      expect(k.kvot).toEqual(helar2021);
      expect(k.issues.filter((i) => i.code === "SUMMA_STAMMER_INTE")).toEqual([]);
      const unmarked = ok(service.editMapping({ typ: "rad", sheet: "Uppföljning 2021", row: subtotalRow, as: null }));
      expect(unmarked.sheets[0].rows.map((r) => r.row)).toEqual([ejFordeladRow]);
      expect(kvoter([sheet], unmarked.mapping, "2021-01-01", "2021-12-31").kvot.has(name)).toBe(true);
    },
  );

  it("a marked sum row that does not add up is reported at its cell", async () => {
    const { sheet, subtotalRow } = subtotalAndUnallocated();
    const wrong: RawSheet = { ...sheet, values: sheet.values.map((r, i) => (i === subtotalRow - 1 ? [r[0], "1", r[2]] : r)) };
    const { service } = await setup([wrong]);
    const after = ok(service.editMapping({ typ: "rad", sheet: "Uppföljning 2021", row: subtotalRow, as: "summa" }));
    const k = kvoter([wrong], after.mapping, "2021-01-01", "2021-12-31");
    expect(k.issues.some((i) => i.cell === `B${subtotalRow}` && i.severity === "fel")).toBe(true);
    expect(k.kvot.has("Samverkan gemensamt")).toBe(false);
  });

  it("a row above the header is not a data row", async () => {
    const { sheet } = subtotalAndUnallocated();
    const { service } = await setup([sheet]);
    expect(service.editMapping({ typ: "rad", sheet: "Uppföljning 2021", row: 1, as: "summa" })).toMatchObject({ ok: false });
  });
});

describe("insats column: a code column left of the names", () => {
  it("detection names the insatser by their codes; after the user picks column B the kvoter have the names", async () => {
    const sheet = codeBeforeName();
    expect([...kvoter([sheet], undefined, "2021-01-01", "2021-12-31").kvot.keys()][0]).toBe("P-4100");
    const { service } = await setup([sheet]);
    const after = ok(service.editMapping({ typ: "insatskolumn", sheet: "Projekt 2021", column: "B" }));
    expect(after.sheets[0].columns.filter((c) => c.value === "post").map((c) => c.column)).toEqual(["B"]);
    expect(after.sheets[0].columns.find((c) => c.column === "A")?.value).toBe("ignorera");
    expect(kvoter([sheet], after.mapping, "2021-01-01", "2021-12-31").kvot).toEqual(helar2021);
    expect(service.editMapping({ typ: "insatskolumn", sheet: "Projekt 2021", column: "Q" })).toMatchObject({ ok: false });
  });
});

describe("Grupp column: Förtroendevalda, Förvaltning, Samverkansinsats, Intäkt", () => {
  it("without it the kansli posts and the Medlemsbidrag are insatser; with it only the samverkansinsatser are", async () => {
    const sheet = withGruppColumn();
    const before = kvoter([sheet], undefined, "2021-01-01", "2021-12-31");
    expect(before.kvot.has("Medlemsbidrag kommunerna")).toBe(true);
    const { service, first } = await setup([sheet]);
    expect(first.sheets[0].roles.map((r) => r.value)).toContain("grupp");
    const after = ok(service.editMapping({ typ: "grupp", sheet: "Budget och utfall", column: "B" }));
    expect(after.sheets[0].columns.find((c) => c.column === "B")?.value).toBe("grupp");
    const k = kvoter([sheet], after.mapping, "2021-01-01", "2021-12-31");
    expect(k.kvot).toEqual(helar2021);
    const r = runPipeline([sheet], { fran: "2021-01-01", till: "2021-12-31", idag: "2021-12-31", mapping: after.mapping });
    const medlem = r.base?.budget.find((b) => b.post === "Medlemsbidrag kommunerna");
    expect(medlem).toMatchObject({ kategori: "intakt" });
    expect(r.base?.budget.find((b) => b.post === "Ledamöter och revision")?.grupp).toBe("fortroendevalda");
    expect(r.base?.budget.find((b) => b.post === "Inhyrd personal inkl. ek.adm. avtal")?.grupp).toBe("forvaltning");
  });

  it("an unknown group is a varning at its cell, and a sheet read as Insatser takes no Grupp column", async () => {
    const sheet = withGruppColumn();
    const odd: RawSheet = { ...sheet, values: sheet.values.map((r, i) => (i === 3 ? [r[0], "Styrelsearvoden?", r[2], r[3]] : r)) };
    const { service } = await setup([odd]);
    const after = ok(service.editMapping({ typ: "grupp", sheet: "Budget och utfall", column: "B" }));
    const k = kvoter([odd], after.mapping, "2021-01-01", "2021-12-31");
    expect(k.issues.find((i) => i.cell === "B4")?.message).toMatch(/^Okänd grupp "Styrelsearvoden\?"/);
    ok(service.correctSheetKind("Budget och utfall", "insatser"));
    expect(service.editMapping({ typ: "grupp", sheet: "Budget och utfall", column: "B" })).toMatchObject({ ok: false });
  });
});

describe("aliases and the saved mapping", () => {
  it("an alias is kept in the saved mapping, replaces an earlier one of the same name and can be removed", async () => {
    const { service } = await setup([codeBeforeName()]);
    ok(service.editMapping({ typ: "insatskolumn", sheet: "Projekt 2021", column: "B" }));
    ok(service.editMapping({ typ: "alias", namn: "Jobbcentrum", insats: "Jobbcentrum-Ung Rehab" }));
    const twice = ok(service.editMapping({ typ: "alias", namn: " jobbcentrum ", insats: "Bryggan" }));
    expect(twice.mapping.alias).toEqual([{ namn: "jobbcentrum", insats: "Bryggan" }]);
    expect(service.editMapping({ typ: "alias", namn: "", insats: "Bryggan" })).toMatchObject({ ok: false });
    expect(service.editMapping({ typ: "alias", namn: "Bryggan", insats: "bryggan" })).toMatchObject({ ok: false });
    expect(ok(service.editMapping({ typ: "alias", namn: "Jobbcentrum", insats: null })).mapping.alias).toEqual([]);
  });

  it("an alias to an insats the workbook does not have is refused, with the closest name", async () => {
    const { service } = await setup([rawInsatser(), codeBeforeName()]);
    const bad = service.editMapping({ typ: "alias", namn: "Jobbcentrum", insats: "Jobbcentrum Ung Rehab 2" });
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.message).toBe(
      'Arbetsboken har ingen insats "Jobbcentrum Ung Rehab 2". Menade du "Jobbcentrum-Ung Rehab"? Skriv insatsens namn som det står på bladet Insatser.',
    );
    expect(ok(service.editMapping({ typ: "alias", namn: "Jobbcentrum", insats: "jobbcentrum-ung rehab" })).mapping.alias).toEqual([
      { namn: "Jobbcentrum", insats: "jobbcentrum-ung rehab" },
    ]);
  });

  it("an alias links utfall written under another name to its insats", async () => {
    const sheet = codeBeforeName();
    const renamed: RawSheet = { ...sheet, values: sheet.values.map((r, i) => (i === 1 ? [r[0], "Jobbcentrum", r[2], r[3]] : r)) };
    const insatser = rawInsatser();
    const before = kvoter([insatser, renamed], undefined, "2021-01-01", "2021-12-31");
    expect(before.kvot.get("Jobbcentrum-Ung Rehab")).toBeUndefined();
    const { service } = await setup([insatser, renamed]);
    ok(service.editMapping({ typ: "insatskolumn", sheet: "Projekt 2021", column: "B" }));
    const after = ok(service.editMapping({ typ: "alias", namn: "Jobbcentrum", insats: "Jobbcentrum-Ung Rehab" }));
    expect(kvoter([insatser, renamed], after.mapping, "2021-01-01", "2021-12-31").kvot.get("Jobbcentrum-Ung Rehab")).toBe(
      helar2021.get("Jobbcentrum-Ung Rehab"),
    );
  });

  it("the edits are saved with the same schema, read back as saved, and a mapping saved before row marks still loads", async () => {
    const { sheet, subtotalRow } = subtotalAndUnallocated();
    const { service, store } = await setup([sheet]);
    ok(service.editMapping({ typ: "rad", sheet: "Uppföljning 2021", row: subtotalRow, as: "summa" }));
    ok(service.editMapping({ typ: "alias", namn: "Jobbcentrum", insats: "Jobbcentrum-Ung Rehab" }));
    ok(await service.saveMapping());
    const json = (await store.load())!;
    const parsed = parseMapping(json);
    expect(parsed.kind).toBe("ok");
    const again = await setup([sheet], json);
    expect(again.first.saved).toBe("sparad");
    expect(again.first.sheets[0].rows).toEqual([{ row: subtotalRow, as: "summa", text: "Samverkan gemensamt" }]);
    expect(kvoter([sheet], again.first.mapping, "2021-01-01", "2021-12-31").kvot).toEqual(helar2021);
    // A mapping saved by the previous version: no `rows`, no Grupp role.
    const old = JSON.parse(json) as WorkbookMapping;
    for (const s of old.sheets) delete s.rows;
    const oldParsed = parseMapping(serializeMapping(old));
    expect(oldParsed.kind).toBe("ok");
    expect(oldParsed.kind === "ok" && oldParsed.mapping.sheets[0].rows).toBeUndefined();
    expect(parseMapping(JSON.stringify({ ...old, sheets: [{ ...old.sheets[0], rows: [{ row: 0, as: "summa" }] }] })).kind).toBe("error");
  });
});

/** The Insatser sheet of the standard template for the 2021 insatser (names as in the Uppsala table). */
function rawInsatser(): RawSheet {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { rawSheet } = require("../fixtures/layouts/build") as typeof import("../fixtures/layouts/build");
  return rawSheet("Insatser", [
    ["Insats", "Typ", "Insatsägare", "Start", "Slut"],
    ...U2021.map((i) => [i.namn, "Individ", i.agare, "2021-01-01", "2021-12-31"]),
  ]);
}
