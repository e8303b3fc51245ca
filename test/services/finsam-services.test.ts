import type { RekvisitionskontrollResultat } from "../../src/domain/compute/rekvisitioner/rekvisitionskontroll";
import type { RawSheet, SheetPlan, WriteReport } from "../../src/domain/model";
import type { PipelineOptions, PipelineResult } from "../../src/domain/reports/types";
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
      issues: [{ severity: "varning", code: "NEGATIV_BUDGET", sheet: "Utfall", cell: "B2", message: "m" }],
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
  it("checkWorkbook passes the period and today's date, counts issues and read syncs, writes nothing", async () => {
    const { host, calls } = fakeHost();
    const p = fakePipeline();
    const svar = await createServices(host, { runPipeline: p.run, now }).checkWorkbook(period);
    expect(p.seen).toEqual([{ fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15" }]);
    expect(svar).toEqual({
      ok: true,
      issues: [expect.objectContaining({ code: "NEGATIV_BUDGET" })],
      antal: { fel: 0, varning: 1, info: 0 },
      rapporter: [
        { kind: "förbrukningskvot 2024-06-30", name: "Förbrukningskvot 2024-06-30" },
        { kind: "valideringsrapport", name: "Valideringsrapport" },
      ],
      lastaBlad: ["Utfall"],
      blad: [{ namn: "Utfall", typ: null }],
      tillgangliga: ["förbrukningskvot 2024-06-30"],
      // a host that cannot say which sheets are Finsam's: nothing is claimed to be replaced
      ersatts: [],
      syncsRead: 2,
    });
    expect(calls.apply).toHaveLength(0);
  });

  it("checkWorkbook checks everything whatever outputs are chosen; writeReports passes outputs and Publicering", async () => {
    const { host } = fakeHost();
    const p = fakePipeline();
    const s = createServices(host, { runPipeline: p.run, now });
    await s.checkWorkbook({ ...period, reports: ["bidrag"], publicering: { threshold: 3 } });
    await s.writeReports({ ...period, reports: ["bidrag"], publicering: { threshold: 3 } });
    await s.writeReports({ ...period, reports: undefined, publicering: null });
    expect(p.seen).toEqual([
      { fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15", publicering: { threshold: 3 } },
      { fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15", reports: ["bidrag"], publicering: { threshold: 3 } },
      { fran: "2024-01-01", till: "2024-06-30", idag: "2024-08-15" },
    ]);
  });

  it("announces each step before it starts and yields so the pane can paint it", async () => {
    const { host } = fakeHost();
    const events: string[] = [];
    const s = createServices(
      {
        ...host,
        readSheets: async () => (events.push("read"), host.readSheets()),
        apply: async (pl) => (events.push("apply"), host.apply(pl)),
      },
      {
        runPipeline: (sh, o) => (events.push("pipeline"), fakePipeline().run(sh, o)),
        now,
        yieldToUi: async () => void events.push("yield"),
      },
    );
    const progress = (p: { step: string; index: number; total: number }) => events.push(`${p.index}/${p.total} ${p.step}`);
    await s.writeReports(period, progress);
    expect(events).toEqual(["1/3 lasa", "yield", "read", "2/3 berakna", "yield", "pipeline", "3/3 skriva", "yield", "apply"]);
    events.length = 0;
    await s.checkWorkbook(period, progress);
    expect(events).toEqual(["1/2 lasa", "yield", "read", "2/2 kontrollera", "yield", "pipeline"]);
    events.length = 0;
    await s.checkWorkbook(period);
    expect(events).toEqual(["read", "pipeline"]);
  });

  it("checkRekvisitioner runs only the Rekvisitionskontroll and lists the verdicts", async () => {
    const { host, calls } = fakeHost();
    const rad = (bedomning: string, sheet: string, range: string) => ({
      bedomning,
      insats: "Jobbcentrum",
      insatsId: "Jobbcentrum",
      period: "2024-Q1",
      sheet,
      cell: range.split(":")[0],
      range,
      anmarkningar:
        bedomning === "Godkänd" ? [] : [{ severity: "fel", code: "REKV_DUBBLETT", sheet, cell: "A5", message: "Fel i rekvisitionen." }],
      attBetala: bedomning === "Godkänd" ? 100 : 0,
      belopp: 100,
    });
    // Only the fields rekvisitionSvar reads (rader, kallor); the fake stands in for a real Rekvisitionskontroll.
    const result = {
      rader: [rad("Godkänd", "Rekvisitioner", "A4:G4"), rad("Åtgärd krävs", "Rekvisitioner", "A5:G5")],
      kallor: ["Rekvisitioner"],
    } as unknown as RekvisitionskontrollResultat;
    const p = fakePipeline({
      results: { rekvisitionskontroll: result },
      issues: [
        { severity: "fel", code: "REKV_DUBBLETT", sheet: "Rekvisitioner", cell: "A5", message: "Fel i rekvisitionen." },
        { severity: "fel", code: "REKV_SAKNAD_KOLUMN", sheet: "Rekvisitioner", cell: "A3", message: "Bladet saknar kolumnen Belopp." },
        { severity: "fel", code: "OLASBART_TAL", sheet: "Utfall", cell: "C3", message: "Inte ett tal." },
      ],
    });
    const svar = await createServices(host, { runPipeline: p.run, now }).checkRekvisitioner(period);
    expect(p.seen[0].reports).toEqual(["rekvisitionskontroll"]);
    if (!svar.ok) throw new Error(svar.message);
    expect(svar.rader.map((r) => [r.verdict, r.range])).toEqual([
      ["Åtgärd krävs", "A5:G5"],
      ["Godkänd", "A4:G4"],
    ]);
    expect(svar.antal).toEqual({ Godkänd: 1, "Godkänd med anmärkning": 0, "Åtgärd krävs": 1 });
    expect(svar.issues.map((i) => i.code)).toEqual(["REKV_SAKNAD_KOLUMN"]);
    expect(calls.apply).toHaveLength(0);
  });

  it("checkRekvisitioner without rekvisitioner gives an empty list", async () => {
    const svar = await createServices(fakeHost().host, { runPipeline: fakePipeline().run, now }).checkRekvisitioner(period);
    expect(svar).toMatchObject({ ok: true, rader: [], antal: { Godkänd: 0, "Godkänd med anmärkning": 0, "Åtgärd krävs": 0 } });
  });

  it("remembers choices through the host's settings and ignores damaged or missing ones", async () => {
    const stored: Record<string, unknown> = {};
    const settings = {
      load: async (keys: readonly string[]) => Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]])),
      save: async (key: string, value: unknown) => void (stored[key] = value),
    };
    const s = createServices({ ...fakeHost().host, settings }, { now });
    expect(await s.readChoices()).toBeNull();
    const val = { period: { typ: "halvar" as const, ar: 2024, nr: 1 as const }, avvalda: ["bidrag"], publicering: 5 as const };
    expect(await s.saveChoices(val)).toBe(true);
    expect(stored["finsam.val"]).toEqual(val);
    expect(await s.readChoices()).toEqual(val);
    stored["finsam.val"] = { period: "trasig" };
    expect(await s.readChoices()).toBeNull();
    const failing = createServices({
      ...fakeHost().host,
      settings: { load: () => Promise.reject(new Error("x")), save: () => Promise.reject(new Error("x")) },
    });
    expect(await failing.readChoices()).toBeNull();
    expect(await failing.saveChoices(val)).toBe(false);
    const none = createServices(fakeHost().host);
    expect(await none.readChoices()).toBeNull();
    expect(await none.saveChoices(val)).toBe(false);
  });

  it("lists every report the add-in can write, in order", () => {
    const kinds = createServices(fakeHost().host)
      .reportKinds()
      .map((t) => t.kind);
    expect(kinds).toEqual([
      "forbrukningskvot",
      "driftsredovisning",
      "resultat",
      "rekvisitionskontroll",
      "deltagare",
      "bidrag",
      "beslutsutrymme",
      "bokslut",
    ]);
  });

  it("writeReports writes every plan and reports written, replaced and syncs", async () => {
    const { host, calls } = fakeHost();
    const svar = await createServices(host, { runPipeline: fakePipeline().run, now }).writeReports(period);
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
    const svar = await createServices(host, { runPipeline: fakePipeline().run, now }).checkWorkbook(period);
    expect(svar.ok && svar.syncsRead).toBeNull();
  });

  it("refuses an invalid period without touching the workbook", async () => {
    const { host, calls } = fakeHost();
    const p = fakePipeline();
    const s = createServices(host, { runPipeline: p.run, now });
    expect(await s.checkWorkbook({ fran: "2024-07-01", till: "2024-06-30" })).toEqual({
      ok: false,
      message: "Startdatum ligger efter slutdatum.",
    });
    expect(await s.writeReports({ fran: "2024-01-01", till: "2024-02-30" })).toEqual({
      ok: false,
      message: "Ange periodens slutdatum som ÅÅÅÅ-MM-DD.",
    });
    expect(p.seen).toHaveLength(0);
    expect(calls.apply).toHaveLength(0);
  });

  it("turns host failures into Swedish messages instead of throwing", async () => {
    const officeError = { code: "ItemAlreadyExists", message: "A worksheet with that name already exists." };
    const read = await createServices(fakeHost({ readFails: new Error("nätverket") }).host, {
      runPipeline: fakePipeline().run,
      now,
    }).checkWorkbook(period);
    expect(read).toEqual({ ok: false, message: "Kunde inte läsa arbetsboken: nätverket" });
    const write = await createServices(fakeHost({ applyFails: officeError }).host, { runPipeline: fakePipeline().run, now }).writeReports(
      period,
    );
    expect(write).toEqual({
      ok: false,
      message: "Kunde inte skriva rapporterna (inga blad ändrades): ett blad eller namn med samma namn finns redan",
    });
  });

  it("turns a pipeline crash into a message", async () => {
    const boom = () => {
      throw new Error("oväntat");
    };
    const svar = await createServices(fakeHost().host, { runPipeline: boom, now }).checkWorkbook(period);
    expect(svar).toEqual({ ok: false, message: "Beräkningen avbröts oväntat: oväntat" });
  });

  it("does not write when there is nothing to write", async () => {
    const { host, calls } = fakeHost();
    const svar = await createServices(host, { runPipeline: fakePipeline({ plans: [] }).run, now }).writeReports(period);
    expect(svar.ok).toBe(false);
    expect(calls.apply).toHaveLength(0);
  });

  it("selectIssueCell selects through the host and reports whether it could", async () => {
    const ok = fakeHost();
    expect(await createServices(ok.host).selectIssueCell("Utfall", "B2")).toEqual({ ok: true });
    expect(ok.calls.select).toEqual([["Utfall", "B2"]]);
    expect(await createServices(ok.host).selectIssueCell("Utfall", "")).toEqual({ ok: true });
    expect(ok.calls.select[1]).toEqual(["Utfall", "A1"]);
    expect(await createServices(ok.host).selectIssueCell("", "")).toMatchObject({ ok: false });
    expect(await createServices(fakeHost({ selectFails: true }).host).selectIssueCell("Borta", "A1")).toMatchObject({ ok: false });
  });

  it("describeError says in Swedish what an Office error code means, never the English text", () => {
    expect(describeError({ code: "InvalidArgument", message: "Bad range" })).toBe("Excel godtog inte ett värde");
    expect(describeError(new Error("Bladet finns inte."))).toBe("Bladet finns inte");
    expect(describeError(new Error("x"))).toBe("x");
    expect(describeError(new Error("Cannot read properties of undefined"))).toBe("ett oväntat fel inträffade");
    expect(describeError("text")).toBe("text");
  });
});
