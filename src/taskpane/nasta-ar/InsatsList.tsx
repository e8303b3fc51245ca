import { Button, makeStyles, mergeClasses, Switch, tokens } from "@fluentui/react-components";
import type { NastaArModell, Scenario } from "../../services/nasta-ar";
import { flyttaInsats, insatsAv, insatsFlytt, setInsatsAv, type InsatsRef } from "./scenario-edit";
import { insatsBeloppText, nastaArStrings as t } from "./strings";

const useStyles = makeStyles({
  hint: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { gridColumn: "1 / span 2", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  off: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through" },
  belopp: { display: "block", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
  status: { marginLeft: tokens.spacingHorizontalXS, fontSize: tokens.fontSizeBase100, color: tokens.colorPaletteDarkOrangeForeground2 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalXS },
  button: { minWidth: "auto", paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
});

export interface InsatsListProps {
  modell: NastaArModell;
  scenario: Scenario;
  andra(edit: (s: Scenario) => Scenario): void;
  disabled?: boolean;
}

/** Every insats of the model with an on/off switch and buttons that shift it a year. */
export function InsatsList({ modell, scenario, andra, disabled }: InsatsListProps) {
  const s = useStyles();
  return (
    <div>
      <p className={s.hint}>{t.insatserHint}</p>
      <ul className={s.list} aria-label={t.insatser}>
        {modell.insatser.map((i: InsatsRef & { perAr?: number[] }) => {
          const namn = t.insatsName(i.namn, i.agare);
          const av = insatsAv(scenario, i);
          const flytt = insatsFlytt(scenario, i);
          return (
            <li key={namn} className={s.item} data-testid={`insats-${namn}`}>
              <span className={s.name}>
                <span className={mergeClasses(av && s.off)}>{namn}</span>
                {!av && flytt !== 0 && <span className={s.status}>{t.shifted(flytt)}</span>}
                {i.perAr && <span className={s.belopp}>{insatsBeloppText(modell.ar, i.perAr)}</span>}
              </span>
              <Switch
                checked={!av}
                disabled={disabled}
                label={av ? t.insatsOff : t.insatsOn}
                aria-label={t.insatsSwitch(namn)}
                onChange={(_, d) => andra((sc) => setInsatsAv(sc, i, !d.checked))}
              />
              <span className={s.buttons}>
                <Button
                  size="small"
                  className={s.button}
                  disabled={disabled || av}
                  aria-label={t.earlierLabel(namn)}
                  title={t.earlier}
                  onClick={() => andra((sc) => flyttaInsats(sc, i, -1))}
                >
                  {t.earlierShort}
                </Button>
                <Button
                  size="small"
                  className={s.button}
                  disabled={disabled || av}
                  aria-label={t.laterLabel(namn)}
                  title={t.later}
                  onClick={() => andra((sc) => flyttaInsats(sc, i, 1))}
                >
                  {t.laterShort}
                </Button>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
