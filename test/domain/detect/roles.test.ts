import { roleOptions } from "../../../src/domain/detect/roles";

it("roleOptions lists the roles a column of each kind can have, with Swedish labels, ending with 'Används inte'", () => {
  expect(roleOptions("utfall").map((o) => o.role)).toEqual([
    "post",
    "agare",
    "kategori",
    "grupp",
    "typ",
    "period",
    "fran",
    "till",
    "kostnadsslag",
    "kod",
    "konto",
    "kontonamn",
    "kredit",
    "belopp",
    "matt",
    "insatskolumn",
    "radsumma",
    "ignorera",
  ]);
  // The pivot layouts' roles (measure-rows.ts, transposed.ts) can be set in the pane, for Budget too.
  expect(roleOptions("budget").find((o) => o.role === "matt")?.label).toBe("Mått på raden (Budget/Utfall/Prognos)");
  expect(roleOptions("utfall").find((o) => o.role === "insatskolumn")?.label).toBe("Insats (en kolumn per insats)");
  expect(roleOptions("utfall").find((o) => o.role === "konto")?.label).toBe("Konto (läses som kostnadsslag)");
  expect(roleOptions("budget").find((o) => o.role === "grupp")?.label).toBe(
    "Grupp (Förtroendevalda, Förvaltning, Samverkansinsats, Intäkt …)",
  );
  expect(roleOptions("insatser").some((o) => o.role === "grupp")).toBe(false);
  expect(roleOptions("insatser")[0]).toEqual({ role: "post", label: "Insats (kortnamn)" });
  expect(
    roleOptions("deltagare")
      .slice(0, 3)
      .map((o) => o.label),
  ).toEqual(["Deltagar-ID", "Insats", "Kön"]);
  expect(roleOptions("annat")).toEqual([{ role: "ignorera", label: "Används inte" }]);
});
