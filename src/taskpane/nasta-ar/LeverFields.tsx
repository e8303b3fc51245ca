import { makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { tolkaBeloppTkr, tolkaProcent, type NastaArModell, type Scenario } from "../../services/nasta-ar";
import { AmountField } from "./AmountField";
import { ejNyttjade, forvaltningTillvaxt, medlemsavgift, setEjNyttjade, setForvaltningTillvaxt, setMedlemsavgift } from "./scenario-edit";
import { nastaArStrings as t, nuText, tkrText } from "./strings";
import { formatSvUpTo } from "../../domain/text/format";

const useStyles = makeStyles({
  hint: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  row: {
    display: "grid",
    gridTemplateColumns: "3.2em minmax(0, 1fr) 4.6em",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalXS,
  },
  year: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  select: { minWidth: 0 },
  years: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(88px, 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalS,
  },
  fieldset: { border: "none", margin: `${tokens.spacingVerticalM} 0 0`, padding: 0, minWidth: 0 },
  legend: { padding: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
});

/** 1 300 000 kr → "1 300" (the fields take tkr). */
export const formatTkr = (kronor: number): string => tkrText(kronor).replace("\u2212", "-");
/** 0,025 → "2,5" (the fields take percent). */
export const formatProcent = (fraction: number): string => formatSvUpTo(fraction * 100, 4).replace("\u2212", "-");

export interface LeverFieldsProps {
  modell: NastaArModell;
  scenario: Scenario;
  andra(edit: (s: Scenario) => Scenario): void;
  disabled?: boolean;
}

type Enhet = "tkr" | "procent";

/** Medlemsavgifter of one year: a new amount (tkr) or a change in percent. */
function MedlemsavgiftRow({
  ar,
  bas,
  scenario,
  andra,
  disabled,
}: {
  ar: number;
  bas: number;
  scenario: Scenario;
  andra: LeverFieldsProps["andra"];
  disabled?: boolean;
}) {
  const s = useStyles();
  const current = medlemsavgift(scenario, ar);
  const [enhet, setEnhet] = useState<Enhet>(current && "belopp" in current ? "tkr" : "procent");
  const shown: Enhet = current ? ("belopp" in current ? "tkr" : "procent") : enhet;
  const value = current ? ("belopp" in current ? current.belopp : current.procent) : undefined;
  return (
    <div className={s.row}>
      <span className={s.year} aria-hidden="true">
        {ar}
      </span>
      <AmountField
        label={t.medlemsavgiftLabel(ar)}
        hideLabel
        value={value}
        parse={shown === "tkr" ? tolkaBeloppTkr : tolkaProcent}
        format={shown === "tkr" ? formatTkr : formatProcent}
        placeholder={shown === "tkr" ? formatTkr(bas) : "0"}
        hint={nuText(bas)}
        disabled={disabled}
        onCommit={(v) => andra((sc) => setMedlemsavgift(sc, ar, v === null ? null : shown === "tkr" ? { belopp: v } : { procent: v }))}
      />
      <Select
        className={s.select}
        size="small"
        aria-label={t.medlemsavgiftUnitLabel(ar)}
        value={shown}
        disabled={disabled}
        onChange={(_, d) => {
          setEnhet(d.value as Enhet);
          andra((sc) => setMedlemsavgift(sc, ar, null));
        }}
      >
        <option value="procent">{t.unitProcent}</option>
        <option value="tkr">{t.unitTkr}</option>
      </Select>
    </div>
  );
}

export function MedlemsavgiftFields({ modell, scenario, andra, disabled }: LeverFieldsProps) {
  const s = useStyles();
  return (
    <div>
      <p className={s.hint}>{t.medlemsavgifterHint}</p>
      {modell.underlag.map((u) => (
        <MedlemsavgiftRow key={u.ar} ar={u.ar} bas={u.medlemsavgifter} scenario={scenario} andra={andra} disabled={disabled} />
      ))}
    </div>
  );
}

/** Förvaltning growth (% a year from the model's second year) and ej nyttjade medel per year (tkr). */
export function ForvaltningFields({ modell, scenario, andra, disabled }: LeverFieldsProps) {
  const s = useStyles();
  const fran = modell.ar[1] ?? modell.ar[0];
  return (
    <div>
      <AmountField
        label={t.forvaltningLabel}
        value={forvaltningTillvaxt(scenario)}
        parse={tolkaProcent}
        format={formatProcent}
        placeholder="0"
        contentAfter="%"
        hint={`${t.forvaltningHint(fran)} ${nuText(modell.underlag.find((u) => u.ar === fran)?.forvaltning ?? 0)} (${fran}).`}
        disabled={disabled}
        onCommit={(v) => andra((sc) => setForvaltningTillvaxt(sc, v))}
      />
      <fieldset className={s.fieldset}>
        <legend className={s.legend}>{t.ejNyttjadeLegend}</legend>
        <p className={s.hint}>{t.ejNyttjadeHint}</p>
        <div className={s.years}>
          {modell.underlag.map((u) => (
            <AmountField
              key={u.ar}
              label={t.ejNyttjadeLabel(u.ar)}
              visibleLabel={String(u.ar)}
              value={ejNyttjade(scenario, u.ar)}
              parse={tolkaBeloppTkr}
              format={formatTkr}
              placeholder={formatTkr(u.ejNyttjade)}
              hint={nuText(u.ejNyttjade)}
              disabled={disabled}
              onCommit={(v) => andra((sc) => setEjNyttjade(sc, u.ar, v))}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
