import type { ReactNode } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Scenario } from "../../services/nasta-ar";
import { nastaArStrings as t } from "./strings";
import type { NastaArBusy } from "./useNastaAr";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  input: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  changes: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  listHeading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  itemName: { overflowWrap: "anywhere" },
  empty: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface ScenarioBarProps {
  scenario: Scenario;
  sparade: readonly Scenario[];
  busy: NastaArBusy;
  setNamn(name: string): void;
  spara(): void;
  rensa(): void;
  skriv(): void;
  oppna(name: string): void;
  taBort(name: string): void;
  /** What the last action did (written, saved, failed), shown right under the buttons where the user clicked. */
  status?: ReactNode;
}

/** Scenario name, save / clear / write, and the scenarios saved in the workbook (open, delete). */
export function ScenarioBar(p: ScenarioBarProps) {
  const s = useStyles();
  const disabled = p.busy !== null;
  const noName = p.scenario.name.trim() === "";
  return (
    <section className={s.root} aria-labelledby="nasta-ar-scenario">
      <h3 id="nasta-ar-scenario" className={s.heading}>
        {t.scenario}
      </h3>
      <Field
        label={t.scenarioName}
        hint={t.scenarioNameHint}
        size="small"
        validationState={noName ? "error" : "none"}
        validationMessage={noName ? t.scenarioNameHint : undefined}
      >
        <Input className={s.input} size="small" value={p.scenario.name} disabled={disabled} onChange={(_, d) => p.setNamn(d.value)} />
      </Field>
      <p className={s.changes}>{t.changes(p.scenario.levers.length)}</p>
      <div className={s.actions} role="group" aria-label={t.scenario}>
        <Button appearance="primary" disabled={disabled || noName} onClick={p.skriv}>
          {t.write}
        </Button>
        <Button disabled={disabled || noName} onClick={p.spara}>
          {t.save}
        </Button>
        <Button appearance="subtle" disabled={disabled || p.scenario.levers.length === 0} onClick={p.rensa}>
          {t.reset}
        </Button>
      </div>
      {p.status}
      <h4 className={s.listHeading} id="nasta-ar-sparade">
        {t.savedList}
      </h4>
      {p.sparade.length === 0 ? (
        <p className={s.empty}>{t.noSaved}</p>
      ) : (
        <ul className={s.list} aria-labelledby="nasta-ar-sparade">
          {p.sparade.map((sc) => (
            <li key={sc.name} className={s.item}>
              <span className={s.itemName}>
                {sc.name} <span className={s.empty}>({t.changesShort(sc.levers.length)})</span>
              </span>
              <Button size="small" disabled={disabled} aria-label={t.openLabel(sc.name)} onClick={() => p.oppna(sc.name)}>
                {t.open}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                disabled={disabled}
                aria-label={t.deleteLabel(sc.name)}
                onClick={() => p.taBort(sc.name)}
              >
                {t.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
