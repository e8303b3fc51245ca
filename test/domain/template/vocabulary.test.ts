import { headingKind, isResultLabel, looksLikeIntakt, measureWord } from "../../../src/domain/template/vocabulary";

describe("vocabulary", () => {
  it.each([
    ["Utfall", "utfall"],
    ["Förbr kvot", "kvot"],
    ["Diff mot budget", "avvikelse"],
    ["Aktuell budget", "budget"],
    ["Prel", "budget"],
    ["Helårsprognos", "prognos"],
    ["Not", "ovrigt"],
    ["Kvartal", undefined],
    ["Insats", undefined],
    // A pivot table's value fields: "Summa av Budget" is the budget summed, not an utfall called Summa.
    ["Summa av Budget", "budget"],
    ["Summa av Utfall", "utfall"],
    ["Sum of Budget", "budget"],
    ["Summa", "utfall"],
  ])("measureWord(%s) = %s", (t, m) => expect(measureWord(t)).toBe(m));

  it.each([
    ["INTÄKTER", "intakt"],
    ["KOSTNADER", "kostnad"],
    ["Administrativa kostnader", "admin"],
    ["Kostnader samverkansinsatser", "samverkan"],
    ["Individinriktade", "individ"],
    ["Strukturinsatser", "struktur"],
    ["Övriga samverkansinsatser", "ovriga"],
    ["Namn på insats", "namnpar"],
    ["Arbetslivsinriktad rehabilitering", "grupp"],
  ])("headingKind(%s) = %s", (t, k) => expect(headingKind(t)).toBe(k));

  it("knows result rows and intäkt names", () => {
    expect(isResultLabel("ÅRETS BERÄKNADE RESULTAT")).toBe(true);
    expect(isResultLabel("Över- underskott från tidigare år")).toBe(true);
    expect(isResultLabel("Förvaltning")).toBe(false);
    expect(looksLikeIntakt("ESF-medel")).toBe(true);
    expect(looksLikeIntakt("Medlemsavgifter")).toBe(true);
    expect(looksLikeIntakt("Kansli")).toBe(false);
  });
});
