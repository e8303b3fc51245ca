import { suggestAliasesFor } from "../../../src/domain/parse/suggest-alias";
import type { Insats } from "../../../src/domain/model/records";

const insats = (name: string): Insats => ({
  insats: name,
  typ: "individ",
  agare: "",
  start: "2024-01-01",
  slut: "2024-12-31",
  budgetPerAr: {},
  source: { sheet: "Insatser", cell: "A2" },
});

it("suggestAliasesFor proposes the closest insats for names that match none, once each", () => {
  const got = suggestAliasesFor(
    ["Individ -samverkansteam", "Individsamverkansteam", "Individ -samverkansteam", "Obekant"],
    [insats("Individsamverkansteam"), insats("Bryggan")],
  );
  expect(got).toEqual([{ namn: "Individ -samverkansteam", insats: "Individsamverkansteam" }]);
  expect(
    suggestAliasesFor(
      ["Individ -samverkansteam"],
      [insats("Individsamverkansteam")],
      [{ namn: "Individ -samverkansteam", insats: "Individsamverkansteam" }],
    ),
  ).toEqual([]);
});
