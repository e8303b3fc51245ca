/** The pane's texts for Finsam's own report sheets: replaced on a re-run, removal, and the unmasked deltagare sheet. */
import { ersattsText, omaskadText, taBortFraga, borttagnaText } from "../../src/taskpane/output-sheets-strings";

describe("texts about Finsam's report sheets", () => {
  it("says which sheets Skapa rapporter will replace, singular and plural", () => {
    expect(ersattsText([])).toBeNull();
    expect(ersattsText(["Förbrukningskvot 2024-06-30"])).toBe(
      'Skapa rapporter ersätter 1 befintligt rapportblad: "Förbrukningskvot 2024-06-30".',
    );
    expect(ersattsText(["Förbrukningskvot 2024-06-30", "Valideringsrapport"])).toBe(
      'Skapa rapporter ersätter 2 befintliga rapportblad: "Förbrukningskvot 2024-06-30", "Valideringsrapport".',
    );
  });

  it("asks before removing and names every sheet; none means nothing to remove", () => {
    expect(taBortFraga([])).toBe("Arbetsboken har inga rapportblad från Finsam.");
    expect(taBortFraga(["Valideringsrapport"])).toBe(
      'Ta bort 1 rapportblad som Finsam har skapat: "Valideringsrapport"? Dina egna blad tas inte bort.',
    );
    expect(taBortFraga(["A", "B"])).toBe('Ta bort 2 rapportblad som Finsam har skapat: "A", "B"? Dina egna blad tas inte bort.');
  });

  it("reports what was removed", () => {
    expect(borttagnaText(0)).toBe("Inga rapportblad togs bort.");
    expect(borttagnaText(1)).toBe("1 rapportblad borttaget.");
    expect(borttagnaText(4)).toBe("4 rapportblad borttagna.");
  });

  it("warns that the unmasked deltagare sheet is still there", () => {
    expect(omaskadText([])).toBeNull();
    expect(omaskadText(["Uppföljning deltagare jan–jun 2024"])).toBe(
      'Det omaskade bladet "Uppföljning deltagare jan–jun 2024" finns kvar i arbetsboken. Där syns antal under gränsen; ta bort det innan arbetsboken lämnas ut.',
    );
    expect(omaskadText(["A", "B"])).toBe(
      'De omaskade bladen "A", "B" finns kvar i arbetsboken. Där syns antal under gränsen; ta bort dem innan arbetsboken lämnas ut.',
    );
  });
});
