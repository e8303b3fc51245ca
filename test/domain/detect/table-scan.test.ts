import { scanTable } from "../../../src/domain/detect/table-scan";
import { sheet } from "./helpers";

describe("scanTable", () => {
  it("skips an Excel table's filter row of (Alla) under the header: no insats named (Alla)", () => {
    const s = sheet("Tabell1", [
      ["Projekt", "Utfall 2014", "Budget 2014"],
      ["(Alla)", "(Alla)", "(Alla)"],
      ["Hälsoteam", "1 255", "1 200"],
    ]);
    const e = scanTable(s, 1, { post: 0, amounts: [1, 2], keys: [] }, { insats: false });
    expect(e.map((x) => [x.type, x.name])).toEqual([["data", "Hälsoteam"]]);
  });

  it("reads headings, row pairs after 'Namn på insats / Insatsägare', a leading total, sum and result rows", () => {
    const s = sheet("E", [
      ["EKONOMISK INFORMATION", "Budget 2024", "Prel 2025"],
      ["KOSTNADER"],
      ["Förvaltning", "3 822", "4 022"],
      ["Samverkansinsatser", "3 000", "2 400"],
      ["Namn på insats"],
      ["Insatsägare"],
      ["Framsteget"],
      ["Håbo", "2 000", "1 500"],
      ["Förstudie pilot"],
      ["Uppsala", null, "100"],
      ["Prognostiserade ej nyttjade medel"],
      [null, "1 000", "800"],
      ["S:a samverkansinsats", "3 000", "2 400"],
      ["S:A KOSTNADER", "6 822", "6 422"],
      ["ÅRETS BERÄKNADE RESULTAT", "-6 822", "-6 422"],
    ]);
    const e = scanTable(s, 1, { post: 0, amounts: [1, 2], keys: [] }, { insats: false });
    expect(e.map((x) => [x.type, x.name, x.agare ?? ""])).toEqual([
      ["heading", "KOSTNADER", ""],
      ["data", "Förvaltning", ""],
      ["leadtotal", "Samverkansinsatser", ""],
      ["data", "Framsteget", "Håbo"],
      ["data", "Förstudie pilot", "Uppsala"],
      ["data", "Prognostiserade ej nyttjade medel", ""],
      ["sum", "S:a samverkansinsats", ""],
      ["sum", "S:A KOSTNADER", ""],
      ["result", "ÅRETS BERÄKNADE RESULTAT", ""],
    ]);
    expect(e[2].coversTo).toBe(11);
    expect(e[1].ctx.kategori).toBe("kostnad");
  });

  it("group rows set typ and kategori; an unlabelled row of numbers is a sum candidate", () => {
    const s = sheet("D", [
      ["Intäkter"],
      ["Medlemsavgifter", null, "11 661"],
      ["Individinriktade"],
      ["Jobbcentrum", "Enköpings kommun", "-1 326"],
      ["Strukturinriktade"],
      ["RegExPro", "Region Uppsala", "-623"],
      [null, null, "9 712"],
    ]);
    const e = scanTable(s, 0, { post: 0, agare: 1, amounts: [2], keys: [] }, { insats: false });
    const data = e.filter((x) => x.type === "data");
    expect(data.map((x) => [x.name, x.ctx.kategori, x.ctx.typ ?? "", x.ctx.insats])).toEqual([
      ["Medlemsavgifter", "intakt", "", false],
      ["Jobbcentrum", "kostnad", "individ", true],
      ["RegExPro", "kostnad", "struktur", true],
    ]);
    expect(e[e.length - 1]).toMatchObject({ type: "sum", name: "" });
  });
});
