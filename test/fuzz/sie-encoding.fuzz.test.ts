import fc from "fast-check";
import * as iconv from "iconv-lite";
import { readSieBytes } from "../../src/domain/ledger/sie-read";

/**
 * Fuzz of the character-set detection: konto names of Swedish letters, written as PC8 (code page 437), UTF-8 or
 * Windows-1252 while the file says #FORMAT PC8. Invariants: every name reads back exactly (å ä ö never garbled);
 * a file in another set than it claims has exactly one SIE_TECKENKODNING varning, on the #FORMAT line; a PC8 file none.
 */

const letters = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzåäöÅÄÖéÉüÜ -ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split(""));
const name = fc.array(letters, { minLength: 1, maxLength: 20 }).map((a) => a.join("").trim() || "x");

describe("SIE character-set fuzz", () => {
  it("2 000 files: names read back exactly in PC8, UTF-8 and Windows-1252", () => {
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 8 }), fc.constantFrom("cp437", "utf-8", "windows-1252"), (names, enc) => {
        const lines = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#IB 0 1930 0", ...names.map((n, i) => `#KONTO ${4000 + i} "${n}"`)];
        const text = lines.join("\r\n");
        const bytes = enc === "utf-8" ? new TextEncoder().encode(text) : new Uint8Array(iconv.encode(text, enc));
        const r = readSieBytes(bytes, "f.se", (b, e) => iconv.decode(Buffer.from(b), e));
        expect(names.map((_, i) => r.ledger.konton.get(String(4000 + i))?.namn)).toEqual(names);
        const ascii = /^[\x00-\x7f]*$/.test(text);
        const kod = r.issues.filter((i) => i.code === "SIE_TECKENKODNING").map((i) => `${i.severity} ${i.cell}`);
        expect(kod).toEqual(enc === "cp437" || ascii ? [] : ["varning rad 2"]);
      }),
      { numRuns: 2000 },
    );
  });
});
