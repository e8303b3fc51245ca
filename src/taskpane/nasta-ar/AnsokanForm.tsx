import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { tolkaBeloppTkr, type NastaArModell, type Scenario } from "../../services/nasta-ar";
import { addAnsokan, ansokningar, removeAnsokan } from "./scenario-edit";
import { nastaArStrings as t, tkrText } from "./strings";

const useStyles = makeStyles({
  hint: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  years: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(88px, 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalS,
  },
  input: { minWidth: 0, width: "100%" },
  problem: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  submit: { alignSelf: "flex-start" },
  listHeading: {
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    marginBottom: tokens.spacingVerticalXS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
  },
  itemName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  itemAmounts: { color: tokens.colorNeutralForeground2 },
});

export interface AnsokanFormProps {
  modell: NastaArModell;
  scenario: Scenario;
  andra(edit: (s: Scenario) => Scenario): void;
  disabled?: boolean;
}

/** "2025–2027" for consecutive years, else "2025, 2027". */
function yearsText(years: number[]): string {
  if (years.length === 0) return "";
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1] + 1);
  return consecutive && years.length > 1 ? `${years[0]}\u2013${years[years.length - 1]}` : years.join(", ");
}

/** A candidate ansökan (name, insatsägare, tkr per year) added to the scenario, and the list of those added. */
export function AnsokanForm({ modell, scenario, andra, disabled }: AnsokanFormProps) {
  const s = useStyles();
  const [namn, setNamn] = useState("");
  const [agare, setAgare] = useState("");
  const [belopp, setBelopp] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const parsed = modell.ar.map((ar) => ({ ar, p: tolkaBeloppTkr(belopp[ar] ?? "") }));
  const tillagda = ansokningar(scenario);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAdded(null);
    if (!namn.trim()) return setProblem(t.ansokanNeedsName);
    if (parsed.some((x) => x.p.kind === "error")) return setProblem(t.ansokanFixAmounts);
    const amounts: Record<string, number> = {};
    for (const { ar, p } of parsed) if (p.kind === "number" && p.value !== 0) amounts[String(ar)] = p.value;
    if (Object.keys(amounts).length === 0) return setProblem(t.ansokanNeedsAmount);
    andra((sc) => addAnsokan(sc, { namn: namn.trim(), agare: agare.trim(), belopp: amounts }));
    setProblem(null);
    setAdded(t.added(namn.trim()));
    setNamn("");
    setAgare("");
    setBelopp({});
  };

  return (
    <div>
      <p className={s.hint}>{t.ansokanHint}</p>
      <form className={s.form} onSubmit={submit} aria-label={t.ansokan} noValidate>
        <Field label={t.ansokanNamn} size="small" required>
          <Input className={s.input} size="small" value={namn} disabled={disabled} onChange={(_, d) => setNamn(d.value)} />
        </Field>
        <Field label={t.ansokanAgare} size="small">
          <Input className={s.input} size="small" value={agare} disabled={disabled} onChange={(_, d) => setAgare(d.value)} />
        </Field>
        <fieldset className={s.fieldset}>
          <legend className={s.legend}>{t.ansokanBeloppLegend}</legend>
          <div className={s.years}>
            {parsed.map(({ ar, p }) => (
              <Field
                key={ar}
                label={t.ansokanBelopp(ar)}
                size="small"
                validationMessage={p.kind === "error" ? p.reason : undefined}
                validationState={p.kind === "error" ? "error" : "none"}
              >
                <Input
                  className={s.input}
                  size="small"
                  inputMode="decimal"
                  aria-label={t.ansokanBeloppLabel(ar)}
                  value={belopp[ar] ?? ""}
                  disabled={disabled}
                  onChange={(_, d) => setBelopp((b) => ({ ...b, [ar]: d.value }))}
                />
              </Field>
            ))}
          </div>
        </fieldset>
        {problem && (
          <p className={s.problem} role="alert">
            {problem}
          </p>
        )}
        <Button className={s.submit} type="submit" appearance="primary" size="small" disabled={disabled}>
          {t.addAnsokan}
        </Button>
        <span role="status" aria-live="polite" className={s.hint}>
          {added}
        </span>
      </form>

      {tillagda.length > 0 && (
        <section aria-labelledby="nasta-ar-ansokningar">
          <h4 id="nasta-ar-ansokningar" className={s.listHeading}>
            {t.ansokanList}
          </h4>
          <ul className={s.list}>
            {tillagda.map((a, i) => {
              const years = Object.keys(a.belopp)
                .map(Number)
                .sort((x, y) => x - y);
              const amounts = years.map((y) => a.belopp[String(y)] ?? 0);
              const total = amounts.reduce((sum, v) => sum + v, 0);
              const even = amounts.every((v) => v === amounts[0]);
              const name = t.insatsName(a.namn, a.agare || undefined);
              return (
                <li key={`${a.namn}-${i}`} className={s.item} data-testid="tillagd-ansokan">
                  <span>
                    <span className={s.itemName}>{name}</span>
                    <br />
                    <span className={s.itemAmounts}>
                      {even ? t.ansokanPerAr(tkrText(amounts[0]), yearsText(years)) : t.ansokanTotal(tkrText(total), yearsText(years))}
                    </span>
                  </span>
                  <Button
                    size="small"
                    disabled={disabled}
                    aria-label={t.removeAnsokan(name)}
                    onClick={() => andra((sc) => removeAnsokan(sc, i))}
                  >
                    {t.remove}
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
