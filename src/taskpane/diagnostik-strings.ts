/** Swedish texts of the Diagnostik section (src/taskpane/DiagnostikPanel.tsx). */
export const diagnostikStrings = {
  heading: "Diagnostik",
  intro:
    "Provar alla Excel-funktioner som Finsam använder på ett tillfälligt blad som tas bort efteråt. Dina blad ändras inte. Kopiera rapporten och skicka den till oss om något avviker.",
  run: "Kör diagnostik",
  running: "Provar Excel …",
  resultLabel: "Resultat per kontroll",
  reportLabel: "Diagnostikrapport att kopiera",
  copy: "Kopiera rapporten",
  copied: "Kopierad.",
  status: { ok: "OK", avviker: "Avviker", fel: "Fel" },
  failed: (why: string) => `Diagnostiken kunde inte köras: ${why}`,
};
