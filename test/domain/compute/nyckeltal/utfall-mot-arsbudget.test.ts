import { computeDriftsredovisning } from "../../../../src/domain/compute/driftsredovisning";
import { utfallMotArsbudget } from "../../../../src/domain/compute/nyckeltal/utfall-mot-arsbudget";
import { utfall } from "../../fixtures/build";
import { uppsala2024 } from "../../fixtures/uppsala-2024";

const H1 = { fran: "2024-01-01", till: "2024-06-30" };

describe("utfallMotArsbudget (Uppsala 2024 H1)", () => {
  const drift = computeDriftsredovisning(uppsala2024(), H1).result;
  const rader = utfallMotArsbudget(drift);

  it("förtroendevalda 177 / 800 = 22 %, förvaltning 2 202 / 3 822 = 58 %", () => {
    expect(rader.map((r) => [r.post, r.slag, r.utfall / 1000, (r.budgetHelar ?? 0) / 1000, Math.round((r.andel ?? 0) * 100)])).toEqual([
      ["Styrelse", "fortroendevalda", 177, 800, 22],
      ["Kansli och kringkostnader", "forvaltning", 2202, 3822, 58],
      ["Kansli ESF SMAIL+ISA", "forvaltning", 400, 800, 50],
    ]);
  });

  it("the andel is the driftsredovisning's förbrukad andel of the post", () => {
    const admin = drift.grupper.find((g) => g.sektion === "administration")!.poster;
    expect(rader.map((r) => r.andel)).toEqual(admin.map((p) => p.forbrukadAndel));
  });

  it("a post without a budget row gets no andel", () => {
    const base = uppsala2024();
    base.utfall.push(...utfall([["Revision", "2024-01-01", "2024-06-30", "2024-H1", 50]]));
    const r = utfallMotArsbudget(computeDriftsredovisning(base, H1).result).find((x) => x.post === "Revision")!;
    expect(r).toEqual({ post: "Revision", slag: "fortroendevalda", utfall: 50_000, budgetHelar: undefined, andel: undefined });
  });
});
