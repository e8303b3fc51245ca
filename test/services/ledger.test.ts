import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { RawSheet, WriteReport } from "../../src/domain/model";
import { createServices } from "../../src/services/finsam-services";
import { createBokforingService, type Cp437Decoder } from "../../src/services/ledger";
import type { FinsamHost } from "../../src/services/types";
import * as iconv from "iconv-lite";

/** Jest runs CommonJS without dynamic import(): the module is handed in as the pane's chunk would load it. */
const loadIconv = async () => iconv as unknown as Cp437Decoder;

const FIX = path.join(__dirname, "../fixtures/ledger");
const bytes = (f: string) => new Uint8Array(readFileSync(path.join(FIX, f)));

function host(): FinsamHost & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    async readSheets(): Promise<RawSheet[]> {
      return [];
    },
    async apply(plans): Promise<WriteReport> {
      written.push(...plans.map((p) => p.name));
      return { written: plans.map((p) => ({ kind: p.kind, key: p.key, name: p.name })), replaced: [], syncs: 1 };
    },
    async selectCell() {},
  };
}

describe("bokföring service (SIE file picked in the pane)", () => {
  it("decodes PC8 with iconv-lite and summarises the file", async () => {
    const s = createBokforingService({ loadIconv });
    const svar = await s.readSieFile(bytes("skelleftea-2014.se"), "skelleftea-2014.se");
    expect(svar).toMatchObject({
      ok: true,
      fil: "skelleftea-2014.se",
      foretag: "Samordningsförbundet Skellefteå-Norsjö",
      rakenskapsar: "2014-01-01 – 2014-12-31",
      konton: 13,
    });
    expect(s.ledger()?.ledger.konton.get("7210")?.namn).toBe("Inhyrd och tillfällig personal inkl. ek. adm. avtal");
    s.clear();
    expect(s.ledger()).toBeUndefined();
  });

  it("a file that is not SIE is reported and not used", async () => {
    const s = createBokforingService({ loadIconv });
    const svar = await s.readSieFile(new TextEncoder().encode("Konto;Belopp\n1930;12\n"), "export.csv");
    expect(svar.ok && svar.antal.fel).toBe(1);
    expect(s.ledger()).toBeUndefined();
  });

  it("every run after picking a file writes the bokslut sheets", async () => {
    const h = host();
    const services = createServices(h, { now: () => new Date(2024, 7, 15), loadIconv });
    await services.bokforing?.readSieFile(bytes("uppsala-2024-06-30.se"), "uppsala-2024-06-30.se");
    const svar = await services.writeReports({ fran: "2024-01-01", till: "2024-06-30" });
    expect(svar.ok).toBe(true);
    expect(h.written).toEqual(
      expect.arrayContaining(["Resultaträkning 2024-06-30", "Balansräkning 2024-06-30", "Kassaflödesanalys 2024-06-30"]),
    );
  });
});
