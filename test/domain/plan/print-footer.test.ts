import { FOOTER_MAX_CHARS, fittedFooter, footerFont } from "../../../src/domain/plan/print-pages";

const stored = (f: { left: string; right: string }) => `&L${f.left}&R${f.right}`.length;

describe("the report footer within Excel's 255 characters", () => {
  it("names förbund and period over Skapad …, and Sida x av y at the right", () => {
    const f = fittedFooter(footerFont(1), "Samordningsförbundet Uppsala län", "2024-01-01 – 2024-06-30", "2026-12-07");
    expect(f.left).toContain("Samordningsförbundet Uppsala län · 2024-01-01 – 2024-06-30\nSkapad 2026-12-07 av Finsam för Excel");
    expect(f.right).toMatch(/Sida &P av &N$/);
    expect(stored(f)).toBeLessThanOrEqual(FOOTER_MAX_CHARS);
  });

  it("shortens a förbund name too long for Excel (which refuses the footer) and keeps period and date whole", () => {
    const lang = "Samordningsförbundet för Norra Västmanland med Sala, Heby, Fagersta, Norberg och Skinnskatteberg ".repeat(3);
    const f = fittedFooter(footerFont(0.8), lang, "2024-01-01 – 2024-06-30", "2026-12-07");
    expect(stored(f)).toBeLessThanOrEqual(FOOTER_MAX_CHARS);
    expect(f.left).toMatch(/Samordningsförbundet för Norra.*… · 2024-01-01 – 2024-06-30\nSkapad 2026-12-07/s);
  });

  it("counts an ampersand in the name as Excel stores it (&&)", () => {
    const f = fittedFooter(footerFont(1), "A & B ".repeat(60), "2024", "2026-12-07");
    expect(stored(f)).toBeLessThanOrEqual(FOOTER_MAX_CHARS);
    expect(f.left).not.toMatch(/[^&]&[^&"\d]/);
  });
});
