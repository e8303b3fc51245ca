import type { RawSheet, SheetPlan, WriteReport } from "../../src/domain/model";
import type { PipelineOptions, PipelineResult } from "../../src/domain/pipeline-types";
import { createServices, describeError } from "../../src/services/finsam-services";
import type { FinsamHost } from "../../src/services/types";

/** A host that records calls; behaviour switchable per test. */
function fakeHost(opts: { readFails?: unknown; applyFails?: unknown; selectFails?: boolean } = {}) {
  let syncs = 0;
  const calls = { apply: [] as SheetPlan[][], select: [] as [string, string][] };
  const host: FinsamHost = {
    async readSheets(): Promise<RawSheet[]> {
      syncs += 2;
      if (opts.readFails) throw opts.readFails;
      return [{ name: "Utfall", origin: { row: 0, col: 0 }, values: [["Post", "Utfall"]] }];
    },
    async apply(plans): Promise<WriteReport> {
      calls.apply.push(plans);
      if (opts.applyFails) throw opts.applyFails;
      syncs += 1;
      return { written: plans.map((p) => ({ kind: p.kind, key: p.key, name: p.name })), replaced: ["Gammal"], syncs: 1 };
    },
    async selectCell(sheet, cell) {
      calls.select.push([sheet, cell]);
      if (opts.selectFails) throw new Error("ItemNotFound");
    },
    syncCount: () => syncs,
  };
  return { host, calls };
}

const plan = (name: string): SheetPlan => ({ kind: name.toLowerCase(), key: name, name, rows: [[name]] });

function fakePipeline(result: Partial<PipelineResult> = {}) {
  const seen: PipelineOptions[] = [];
  const run = (_sheets: RawSheet[], options: PipelineOptions): PipelineResult => {
    seen.push(options);
    return {
      base: { insatser: [], budget: [], utfall: [], installningar: { ovrigt: {} }, sourceSheets: {} },
      issues: [{ severity: "varning", code: "X", sheet: "Utfall", cell: "B2", message: "m" }],
      results: {},
      plans: [plan("Förbrukningskvot 2024-06-30"), plan("Valideringsrapport")],
      ...result,
    };
  };
  return { run, seen };
}

const now = () => new Date(2024, 7, 15, 10, 30);
const period = { fran: "2024-01-01", till: "2024-06-30" };

describe("createServices with a fake host", () => {
  it("kontrollera passes the period and today's date, counts issues and read syncs, writes nothing", async () => {
    const { host, calls } = fakeHost();
    const p = fakePipeline();
    const svar = await createServices(host, { runPipeline: p.run, now }).kontrollera(period);
    expect(p.seen).toEqual([{ fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15" }]);
    expect(svar).toEqual({
      ok: true,
      issues: [expect.objectContaining({ code: "X" })],
      antal: { fel: 0, varning: 1, info: 0 },
      rapporter: [
        { kind: "förbrukningskvot 2024-06-30", name: "Förbrukningskvot 2024-06-30" },
        { kind: "valideringsrapport", name: "Valideringsrapport" },
      ],
      lastaBlad: ["Utfall"],
      syncsRead: 2,
    });
    expect(calls.apply).toHaveLength(0);
  });

  it("skapaRapporter writes every plan and reports written, replaced and syncs", async () => {
    const { host, calls } = fakeHost();
    const svar = await createServices(host, { runPipeline: fakePipeline().run, now }).skapaRapporter(period);
    expect(calls.apply[0].map((x) => x.name)).toEqual(["Förbrukningskvot 2024-06-30", "Valideringsrapport"]);
    expect(svar).toMatchObject({
      ok: true,
      written: [{ name: "Förbrukningskvot 2024-06-30" }, { name: "Valideringsrapport" }],
      replaced: ["Gammal"],
      syncsRead: 2,
      syncsWrite: 1,
    });
  });

  it("reports syncsRead null when the host does not count syncs", async () => {
    const { host } = fakeHost();
    delete host.syncCount;
    const svar = await createServices(host, { runPipeline: fakePipeline().run, now }).kontrollera(period);
    expect(svar.ok && svar.syncsRead).toBeNull();
  });

  it("refuses an invalid period without touching the workbook", async () => {
    const { host, calls } = fakeHost();
    const p = fakePipeline();
    const s = createServices(host, { runPipeline: p.run, now });
    expect(await s.kontrollera({ fran: "2024-07-01", till: "2024-06-30" })).toEqual({
      ok: false,
      message: "Startdatum ligger efter slutdatum.",
    });
    expect(await s.skapaRapporter({ fran: "2024-01-01", till: "2024-02-30" })).toEqual({
      ok: false,
      message: "Ange periodens slutdatum som ÅÅÅÅ-MM-DD.",
    });
    expect(p.seen).toHaveLength(0);
    expect(calls.apply).toHaveLength(0);
  });

  it("turns host failures into Swedish messages instead of throwing", async () => {
    const officeError = { code: "ItemAlreadyExists", message: "A worksheet with that name already exists." };
    const read = await createServices(fakeHost({ readFails: new Error("nätverket") }).host, { runPipeline: fakePipeline().run, now }).kontrollera(period);
    expect(read).toEqual({ ok: false, message: "Kunde inte läsa arbetsboken: nätverket" });
    const write = await createServices(fakeHost({ applyFails: officeError }).host, { runPipeline: fakePipeline().run, now }).skapaRapporter(period);
    expect(write).toEqual({
      ok: false,
      message: "Kunde inte skriva rapporterna (inga blad ändrades): A worksheet with that name already exists. (ItemAlreadyExists)",
    });
  });

  it("turns a pipeline crash into a message", async () => {
    const boom = () => {
      throw new Error("oväntat");
    };
    const svar = await createServices(fakeHost().host, { runPipeline: boom, now }).kontrollera(period);
    expect(svar).toEqual({ ok: false, message: "Beräkningen avbröts oväntat: oväntat" });
  });

  it("does not write when there is nothing to write", async () => {
    const { host, calls } = fakeHost();
    const svar = await createServices(host, { runPipeline: fakePipeline({ plans: [] }).run, now }).skapaRapporter(period);
    expect(svar.ok).toBe(false);
    expect(calls.apply).toHaveLength(0);
  });

  it("visaCell selects through the host and reports whether it could", async () => {
    const ok = fakeHost();
    expect(await createServices(ok.host).visaCell("Utfall", "B2")).toBe(true);
    expect(ok.calls.select).toEqual([["Utfall", "B2"]]);
    expect(await createServices(ok.host).visaCell("", "")).toBe(false);
    expect(await createServices(fakeHost({ selectFails: true }).host).visaCell("Borta", "A1")).toBe(false);
  });

  it("describeError keeps Office error codes", () => {
    expect(describeError({ code: "InvalidArgument", message: "Bad range" })).toBe("Bad range (InvalidArgument)");
    expect(describeError(new Error("x"))).toBe("x");
    expect(describeError("text")).toBe("text");
  });
});
