import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Scenario } from "../../services/nasta-ar";
import { nastaArStrings as t } from "./strings";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, minWidth: 0 },
  text: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  button: { flexShrink: 0 },
});

export interface ReportScenarioProps {
  /** The year whose medlemsbidrag the scenario gives (NastaArModell.bidragAr). */
  ar: number;
  /** The scenario Skapa rapporter uses, or null. */
  vald: Scenario | null;
  disabled: boolean;
  valj(): void;
  slutaValja(): void;
}

/** Whether Skapa rapporter takes next year's Bidrag per medlem from the scenario, with the button that changes it. */
export function ReportScenario({ ar, vald, disabled, valj, slutaValja }: ReportScenarioProps) {
  const s = useStyles();
  return (
    <div className={s.row} data-testid="nasta-ar-rapporter">
      <p className={s.text}>{vald ? t.reportsUse(vald.name, ar) : t.reportsNone(ar)}</p>
      <Button className={s.button} size="small" disabled={disabled} onClick={vald ? slutaValja : valj}>
        {vald ? t.stopUsing : t.useInReports}
      </Button>
    </div>
  );
}
