import { parseInsatsTyp, parseKategori, parseKostnadsslag } from "../../../src/domain/text/insats-typ";

describe("tolerant readings of Typ, Kategori and Kostnadsslag", () => {
  it("reads the ways förbund write insats types", () => {
    expect(["Individ", "Individinsats", "individinriktad", "INDIVIDINSATSER"].map(parseInsatsTyp)).toEqual([
      "individ",
      "individ",
      "individ",
      "individ",
    ]);
    expect(["Struktur", "Strukturinriktad", "strukturinsats"].map(parseInsatsTyp)).toEqual(["struktur", "struktur", "struktur"]);
    expect(["Förstudie", "forstudie"].map(parseInsatsTyp)).toEqual(["forstudie", "forstudie"]);
    expect(["Övrig", "Övriga", "Kompetenshöjande", "Ekonom projektstöd", "Verksamhetsutvecklare"].map(parseInsatsTyp)).toEqual([
      "ovrig",
      "ovrig",
      "ovrig",
      "ovrig",
      "ovrig",
    ]);
    expect(parseInsatsTyp("Indvid")).toBeUndefined();
  });
  it("reads kategori and kostnadsslag", () => {
    expect(["Intäkt", "Intäkter", "inkomst", "Kostnad", "KOSTNADER", "utgift"].map(parseKategori)).toEqual([
      "intakt",
      "intakt",
      "intakt",
      "kostnad",
      "kostnad",
      "kostnad",
    ]);
    expect(parseKategori("Kostand")).toBeUndefined();
    expect(["Personal", "Lönekostnader", "Lokal", "Hyra", "Övrigt"].map(parseKostnadsslag)).toEqual([
      "personal",
      "personal",
      "lokal",
      "lokal",
      "ovrigt",
    ]);
    expect(parseKostnadsslag("Resor")).toBeUndefined();
  });
});
