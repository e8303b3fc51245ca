import type { RawSheet } from "../../src/domain/model";
import { MAX_RADER, STORLEK_OVER_GRANS } from "../../src/domain/issues/limits";
import { createExcelHost } from "../../src/excel";
import { DEFAULT_PAYLOAD_LIMIT, ExcelSim } from "../../src/excel-sim";
import { createServices } from "../../src/services";
import { workbook } from "../fixtures/bad/build";
import { generateDeltagare } from "../fixtures/deltagare/generate";
import { NOW } from "./setup";

/**
 * Excel on the web refuses requests and responses over 5 MB. With real-size input and output, every request and
 * every response of a whole "Skapa rapporter" stays within the limit — the read falls back to chunks when a
 * response would pass it, the write splits its content over syncs — as counted by the simulated Excel's payload
 * accounting. Sheets beyond the size limits are not read into the pipeline: the user gets STORLEK_OVER_GRANS.
 */

const PERIOD = { fran: "2024-01-01", till: "2024-06-30" };
const MB5 = DEFAULT_PAYLOAD_LIMIT;

function simOf(sheets: RawSheet[]): ExcelSim {
  return ExcelSim.fromSheets(sheets.map((s) => ({ name: s.name, values: s.values, origin: s.origin, numberFormats: s.numberFormats })));
}

/**
 * Largest request and largest DELIVERED response of every run, and how many responses Excel refused as too large
 * (the read's one-shot attempt, after which it reads in chunks; at most one per read).
 */
function bytesOf(sim: ExcelSim): { request: number; response: number; refused: number } {
  const responses = sim.runs.flatMap((r) => r.responseBytes);
  return {
    request: Math.max(...sim.runs.flatMap((r) => r.requestBytes)),
    response: Math.max(...responses.filter((b) => b <= MB5)),
    refused: responses.filter((b) => b > MB5).length,
  };
}

describe("payloads under Excel on the web's 5 MB limit", () => {
  it("a 25 000-row Deltagare sheet (over 5 MB to read) is read in chunks and the whole run stays under 5 MB per request and response", async () => {
    const g = generateDeltagare(25_000, 7);
    const sim = simOf(g.sheets);
    const services = createServices(createExcelHost(sim), { now: NOW });
    const svar = await services.writeReports(PERIOD);
    if (!svar.ok) throw new Error(svar.message);
    const { request, response, refused } = bytesOf(sim);
    expect(request).toBeLessThanOrEqual(MB5);
    expect(response).toBeLessThanOrEqual(MB5);
    expect(response).toBeGreaterThan(100_000);
    expect(refused).toBe(0); // sized in sync 1, then read in ~4 MB chunks: nothing is refused
    expect(svar.written.map((w) => w.kind)).toContain("deltagare");
  }, 60_000);

  it("a text-heavy sheet (12 000 rows × 10 cells of ~85 characters, 11 MB) is still read: refused chunks are split until they fit", async () => {
    const text = "Kommentar om deltagarens försörjning vid inskrivning och den fortsatta planeringen";
    const notes: RawSheet = {
      name: "Anteckningar",
      origin: { row: 0, col: 0 },
      values: Array.from({ length: 12_000 }, (_, r) => Array.from({ length: 10 }, (_, c) => `${text} ${r}-${c}`)),
    };
    const sim = simOf([...workbook(), notes]);
    const sheets = await createExcelHost(sim).readSheets();
    const read = sheets.find((x) => x.name === "Anteckningar")!;
    expect(read.values).toHaveLength(12_000);
    expect(read.values[11_999][9]).toBe(`${text} 11999-9`);
    const { request, response } = bytesOf(sim);
    expect(request).toBeLessThanOrEqual(MB5);
    expect(response).toBeLessThanOrEqual(MB5);
  }, 60_000);

  it("an output of more than 5 MB (a Valideringsrapport of 30 000 issues) is written in syncs of at most 4 MB", async () => {
    const sheets = workbook({
      utfall: (rows) => [
        ...rows,
        ...Array.from({ length: 30_000 }, (_, i) => ["Jobbcentrum", "2024-Q1", `ca ${i} kr att räkna om i efterhand`]),
      ],
    });
    const sim = simOf(sheets);
    const host = createExcelHost(sim);
    const services = createServices(host, { now: NOW });
    const svar = await services.writeReports(PERIOD);
    if (!svar.ok) throw new Error(svar.message);
    const write = sim.runs[sim.runs.length - 1];
    const total = write.requestBytes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(MB5);
    expect(write.syncs).toBeGreaterThan(2);
    for (const b of write.requestBytes) expect(b).toBeLessThanOrEqual(4_000_000);
    expect(sim.sheet("Valideringsrapport")!.values.length).toBeGreaterThan(30_000);
  }, 60_000);

  it("a sheet beyond 200 000 rows gets STORLEK_OVER_GRANS with a clear message and is left out; the rest still runs", async () => {
    const big: RawSheet = {
      name: "Logg",
      origin: { row: 0, col: 0 },
      values: Array.from({ length: MAX_RADER + 1 }, (_, i) => [i === 0 ? "Händelse" : `rad ${i}`]),
    };
    const sim = simOf([...workbook(), big]);
    const services = createServices(createExcelHost(sim), { now: NOW });
    const t = Date.now();
    const svar = await services.checkWorkbook(PERIOD);
    if (!svar.ok) throw new Error(svar.message);
    const storlek = svar.issues.find((i) => i.code === STORLEK_OVER_GRANS);
    expect(storlek).toMatchObject({
      severity: "fel",
      sheet: "Logg",
      message: expect.stringMatching(/200\u00a0001 rader.*gränsen är 200\u00a0000 rader/),
    });
    expect(svar.rapporter.map((r) => r.kind)).toContain("forbrukningskvot");
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(bytesOf(sim).refused).toBeLessThanOrEqual(1);
  }, 60_000);
});
