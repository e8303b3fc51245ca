import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as iconv from "iconv-lite";
import { computeBokslut } from "../../../src/domain/compute/bokslut";
import { readSieBytes } from "../../../src/domain/ledger/sie-read";
import { VARIANTER } from "../../fixtures/ledger/varianter/varianter";

/**
 * The SIE variant corpus (test/fixtures/ledger/varianter): every file read as a host reads it (bytes → encoding
 * detection → reader → bokslut) gives exactly its expected figures, names and findings — no crash, no silent drop.
 */

const DIR = path.join(__dirname, "../../fixtures/ledger/varianter");
const decode = (b: Uint8Array, enc: "cp437" | "windows-1252"): string => iconv.decode(Buffer.from(b), enc);

describe("SIE variants", () => {
  it.each(VARIANTER.map((v) => [v.fil, v] as const))("%s", (fil, v) => {
    const bytes = new Uint8Array(readFileSync(path.join(DIR, fil)));
    expect(Buffer.from(bytes).equals(Buffer.from(v.bytes()))).toBe(true); // the committed file is what the table describes
    const r = readSieBytes(bytes, fil, decode);
    const readable = !r.issues.some((i) => i.code === "SIE_INTE_SIE");
    const b = readable ? computeBokslut(r.ledger, r.issues, { kontoplan: [] }) : undefined;
    const all = [...r.issues, ...(b?.issues ?? [])];
    expect(all.map((i) => `${i.severity} ${i.code} ${i.cell}`).sort()).toEqual([...v.expect.fynd].sort());
    for (const i of all) expect(i.message).not.toMatch(/undefined|NaN|\[object/);
    if (v.expect.budskap) expect(all.map((i) => i.message).join("\n")).toMatch(v.expect.budskap);
    const e = v.expect;
    if (e.aretsResultat !== undefined) {
      expect(b).toBeDefined();
      const rr = b!.result.resultatrakning;
      const br = b!.result.balansrakning;
      expect(rr.aretsResultat.period).toBe(e.aretsResultat);
      expect(br.summaTillgangar.ub).toBe(e.summaTillgangar);
      expect(br.summaEgetKapital.ub).toBe(e.egetKapital);
      expect(br.summaSkulder.ub + br.avsattningar.ub).toBe(e.skulder);
      expect(br.summaEgetKapitalOchSkulder.ub).toBe(e.summaTillgangar);
    } else expect(r.ledger.ver).toHaveLength(0);
    for (const [konto, namn] of Object.entries(e.namn ?? {})) expect([konto, r.ledger.konton.get(konto)?.namn]).toEqual([konto, namn]);
    if (e.foretag) expect(r.ledger.foretag).toBe(e.foretag);
    if (e.insatser) {
      const got = Object.fromEntries(b!.result.utfallPerInsats.map((u) => [u.insats, -u.utfall]));
      expect(got).toEqual(e.insatser);
    }
  });
});
