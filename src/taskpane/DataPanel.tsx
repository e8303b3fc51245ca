import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { FinsamServices, KontrollOk } from "../services/types";
import { BokforingInput } from "./BokforingInput";
import type { DataEditor } from "./data-slot";
import { usePaneStyles } from "./pane-styles";
import { checkSummary, strings } from "./strings";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", color: tokens.colorNeutralForeground2, paddingBottom: tokens.spacingVerticalXS },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
  },
  td: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: "middle",
    overflowWrap: "anywhere",
  },
  sheetButton: { minWidth: 0, textAlign: "left", justifyContent: "flex-start", fontWeight: tokens.fontWeightRegular, height: "auto" },
  unused: { color: tokens.colorNeutralForeground3 },
});

export interface DataPanelProps {
  services: FinsamServices;
  kontroll: KontrollOk | null;
  busy: boolean;
  onRead(): void;
  onShowKontroll(): void;
  onSelect(sheet: string, cell: string, where: string): void;
  /** The mapping editor (src/taskpane/data/), when the build has one. */
  Editor?: DataEditor;
}

/** Step 1: read the workbook and show which sheets were read and what each was taken as. */
export function DataPanel({ services, kontroll, busy, onRead, onShowKontroll, onSelect, Editor }: DataPanelProps) {
  const s = useStyles();
  const p = usePaneStyles();
  return (
    <div className={p.panel}>
      <h2 className={p.heading}>{strings.dataHeading}</h2>
      <p className={p.small}>{strings.dataIntro}</p>
      <div className={p.actions}>
        <Button appearance={kontroll ? "secondary" : "primary"} onClick={onRead} disabled={busy}>
          {kontroll ? strings.lasInIgen : strings.lasIn}
        </Button>
        {kontroll && (
          <Button onClick={onShowKontroll} disabled={busy}>
            {strings.tillKontroll}
          </Button>
        )}
      </div>
      {services.bokforing && <BokforingInput service={services.bokforing} disabled={busy} />}
      {kontroll && (
        <>
          <p className={p.text}>{checkSummary(kontroll.lastaBlad.length, kontroll.antal)}</p>
          <table className={s.table} data-testid="blad-tabell">
            <caption className={s.caption}>{strings.bladCaption}</caption>
            <thead>
              <tr>
                <th scope="col" className={s.th}>
                  {strings.colBlad}
                </th>
                <th scope="col" className={s.th}>
                  {strings.colTyp}
                </th>
              </tr>
            </thead>
            <tbody>
              {kontroll.blad.map((b) => (
                <tr key={b.namn}>
                  <td className={s.td}>
                    <Button
                      className={s.sheetButton}
                      appearance="transparent"
                      size="small"
                      aria-label={strings.gaTillBlad(b.namn)}
                      onClick={() => onSelect(b.namn, "A1", b.namn)}
                    >
                      {b.namn}
                    </Button>
                  </td>
                  <td className={s.td}>
                    {b.typ ? (
                      <Badge appearance={b.typ === "rapport" ? "outline" : "tint"} color={b.typ === "rapport" ? "subtle" : "brand"}>
                        {strings.bladTyp[b.typ]}
                      </Badge>
                    ) : (
                      <span className={s.unused}>{strings.bladOanvant}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {Editor && <Editor services={services} kontroll={kontroll} onChanged={onRead} />}
    </div>
  );
}
