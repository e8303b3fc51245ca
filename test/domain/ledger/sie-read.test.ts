import * as iconv from "iconv-lite";
import { readSie, sieEncoding, parseSieAmount } from "../../../src/domain/ledger/sie-read";
import { tokenizeSieLine } from "../../../src/domain/ledger/sie-tokens";

const HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231", "#RAR -1 20230101 20231231"];
const sie = (...lines: string[]): string => [...HEAD, ...lines].join("\r\n") + "\r\n";
/** Findings of a snippet; SIE_SALDON_SAKNAS is left out (the snippets have verifikationer without #IB/#UB/#RES on purpose). */
const codes = (text: string) =>
  readSie(text, "bok.se")
    .issues.filter((i) => i.code !== "SIE_SALDON_SAKNAS")
    .map((i) => `${i.code} ${i.cell}`);

describe("tokenizeSieLine", () => {
  it("splits quoted strings with escapes and object lists", () => {
    expect(tokenizeSieLine('#TRANS 4010 {1 "100" 6 "P 1"} -1234.50 20240105 "Text med \\"citat\\" och \\\\"')).toEqual({
      ok: true,
      fields: ["#TRANS", "4010", ["1", "100", "6", "P 1"], "-1234.50", "20240105", 'Text med "citat" och \\'],
    });
    expect(tokenizeSieLine("#TRANS 1930 {} 100")).toEqual({ ok: true, fields: ["#TRANS", "1930", [], "100"] });
    // a quote never closed (a text cut at a fixed width): the rest of the line is the text, with a varning
    expect(tokenizeSieLine('#KONTO 1930 "Bank och k')).toEqual({
      ok: true,
      fields: ["#KONTO", "1930", "Bank och k"],
      varning: "ett citattecken som aldrig stängs",
    });
    expect(tokenizeSieLine('#TRANS 1930 {1 "10} 100').ok).toBe(false); // inside an objektlista it stays unreadable
    expect(tokenizeSieLine("#TRANS 1930 {1 2 100").ok).toBe(false);
  });
});

describe("readSie", () => {
  it("reads konton, objekt, balances, period saldon and verifikationer (CRLF and LF alike)", () => {
    const text = sie(
      '#KONTO 1930 "Bank"',
      '#KONTO 4010 "Insatser"',
      "#KTYP 4010 K",
      '#DIM 6 "Projekt"',
      '#OBJEKT 6 "JC" "Jobbcentrum"',
      "#IB 0 1930 1000.00",
      "#UB 0 1930 900.00",
      "#UB -1 1930 1000.00",
      "#RES 0 4010 100.00",
      '#OIB 0 1930 {6 "JC"} 0',
      '#PSALDO 0 202401 4010 {6 "JC"} 100.00',
      "#PBUDGET 0 202401 4010 {} 150",
      '#VER A 1 20240115 "Faktura"',
      "{",
      '#TRANS 4010 {6 "JC"} 100.00',
      "#TRANS 1930 {} -100.00",
      "}",
    );
    for (const t of [text, text.replace(/\r\n/g, "\n")]) {
      const r = readSie(t, "bok.se");
      expect(r.issues).toEqual([]);
      expect(r.ledger.konton.get("4010")).toMatchObject({ namn: "Insatser", typ: "K" });
      expect(r.ledger.objekt.get("6\u0000JC")).toBe("Jobbcentrum");
      expect(r.ledger.ub).toEqual([
        { ar: 0, konto: "1930", ore: 90000, rad: 12 },
        { ar: -1, konto: "1930", ore: 100000, rad: 13 },
      ]);
      expect(r.ledger.psaldo[0]).toMatchObject({ period: "202401", objekt: ["6", "JC"], ore: 10000 });
      expect(r.ledger.pbudget[0].ore).toBe(15000);
      expect(r.ledger.ver).toHaveLength(1);
      expect(r.ledger.ver[0].trans.map((x) => x.ore)).toEqual([10000, -10000]);
    }
  });

  it("counts an #RTRANS once (its #TRANS twin is skipped) and never sums #BTRANS", () => {
    const r = readSie(
      sie(
        "#VER A 1 20240115",
        "{",
        "#TRANS 4010 {} 100",
        "#TRANS 1930 {} -100",
        "#BTRANS 4010 {} 50",
        "#RTRANS 4010 {} 50",
        "#TRANS 4010 {} 50",
        "#TRANS 1930 {} -50",
        "}",
      ),
      "b.se",
    );
    expect(r.issues.map((i) => i.code)).toEqual(["SIE_SALDON_SAKNAS"]);
    expect(r.ledger.ver[0].trans.map((t) => t.ore)).toEqual([10000, -10000, 5000, -5000]);
    expect(r.ledger.ver[0].borttagna).toHaveLength(1);
  });

  it("bad input: a finding with the line number, never a crash", () => {
    expect(codes("Konto;Belopp\n1930;100\n")).toEqual(["SIE_INTE_SIE rad 1"]);
    expect(codes("#FLAGGA 0\n#SIETYP 2\n")).toEqual(["SIE_FEL_TYP rad 2"]);
    expect(codes(sie("#VER A 1 20240115", "{", "#TRANS 4010 {} 100", "#TRANS 1930 {} -90", "}"))).toEqual(["VER_OBALANS rad 6"]);
    expect(codes(sie('#KONTO 1930 "Bank"', '#KONTO 1930 "Bank igen"'))).toEqual(["SIE_DUBBLETT_KONTO rad 7"]);
    expect(codes(sie("#IB 0 1930 12,50"))).toEqual(["SIE_OLASBART_BELOPP rad 6"]);
    // a decimal comma with one or two decimals is read (one varning for the file); "1,234" may be a thousands separator: fel
    const komma = readSie(sie("#IB 0 1930 12,50", "#IB 0 1940 1,234"), "b.se");
    expect(komma.ledger.ib.map((s) => s.ore)).toEqual([1250]);
    expect(komma.issues.map((i) => `${i.severity} ${i.code} ${i.cell}`)).toEqual([
      "fel SIE_OLASBART_BELOPP rad 7",
      "varning SIE_OLASBART_BELOPP rad 6",
    ]);
    expect(codes(sie("#VER A 1 20240115", "{", "#TRANS 4010 {} 1OO", "#TRANS 1930 {} -100", "}"))).toEqual([
      "SIE_OLASBART_BELOPP rad 8",
      "VER_OBALANS rad 6",
    ]);
    expect(codes(sie("#VER A 1 20241315", "{", "#TRANS 4010 {} 100", "}"))).toEqual(["SIE_OLASBART_DATUM rad 6"]);
    expect(codes(sie("#VER A 1 20240115", "{", "#TRANS 4010 {} 100"))).toEqual(["SIE_OLASBAR_POST rad 9"]);
    expect(codes(sie('#KONTO 1930 "Bank'))).toEqual(["SIE_OLASBAR_POST rad 6"]);
    expect(readSie(sie('#KONTO 1930 "Bank'), "b.se").ledger.konton.get("1930")?.namn).toBe("Bank");
  });

  it("the same verifikation twice is a varning; '7' and '007' or another serie are different verifikationer", () => {
    const ver = (serie: string, nr: string) => [`#VER ${serie} ${nr} 20240115`, "{", "#TRANS 4010 {} 1", "#TRANS 1930 {} -1", "}"];
    expect(
      codes(sie(...ver("A", "7"), ...ver("A", "007"), ...ver("B", "7"), ...ver("A", "X1"), ...ver("A", "X1"), ...ver("A", "7"))),
    ).toEqual(["SIE_DUBBLETT_VER rad 26", "SIE_DUBBLETT_VER rad 31"]);
  });

  it("unknown records are kept and listed as info, one finding per label", () => {
    const r = readSie(sie("#EGEN 1 2", "#EGEN 3 4", "#ANNAN x"), "b.se");
    expect(r.ledger.okanda).toHaveLength(3);
    expect(r.issues.map((i) => `${i.severity} ${i.code} ${i.cell}`)).toEqual(["info SIE_OKAND_POST rad 6", "info SIE_OKAND_POST rad 8"]);
  });

  it("amounts: öre exact, Swedish decimal comma is not a SIE amount", () => {
    expect(parseSieAmount("-1234.5")).toBe(-123450);
    expect(parseSieAmount("0.29")).toBe(29);
    expect(parseSieAmount("1 234")).toBeUndefined();
    expect(parseSieAmount("12,50")).toBeUndefined();
    // exact from the digits, half away from zero: no binary floating point (1.005 * 100 = 100.49999…)
    expect([
      parseSieAmount("1.005"),
      parseSieAmount("0.125"),
      parseSieAmount("-0.125"),
      parseSieAmount("5."),
      parseSieAmount(".5"),
    ]).toEqual([101, 13, -13, 500, 50]);
    expect(Object.is(parseSieAmount("-0.00"), 0)).toBe(true); // never −0
    expect([parseSieAmount("."), parseSieAmount("-"), parseSieAmount("1.2.3"), parseSieAmount("1e5")]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("PC8 round trip", () => {
  it("å ä ö Å Ä Ö survive code page 437 through iconv-lite", () => {
    const names = ["Löner å ä ö", "ÅÄÖ-projektet", "Övriga intäkter"];
    const text = sie(...names.map((n, i) => `#KONTO ${4010 + i} "${n}"`));
    const bytes = iconv.encode(text, "cp437");
    expect(bytes.includes(0x86)).toBe(true); // å in code page 437
    expect(sieEncoding(bytes)).toBe("cp437");
    const r = readSie(iconv.decode(bytes, sieEncoding(bytes)), "pc8.se");
    expect([...r.ledger.konton.values()].map((k) => k.namn)).toEqual(names);
    expect(iconv.encode(iconv.decode(bytes, "cp437"), "cp437").equals(bytes)).toBe(true);
  });

  it("a #FORMAT UTF8 file or a BOM is read as UTF-8", () => {
    expect(sieEncoding(new TextEncoder().encode("#FLAGGA 0\n#FORMAT UTF8\n"))).toBe("utf-8");
    expect(sieEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x23]))).toBe("utf-8");
  });
});
