import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { MallarResultat } from "./useMapping";
import { dataStrings as t } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  small: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { margin: 0, fontSize: tokens.fontSizeBase200 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

export interface MallarSectionProps {
  result: MallarResultat | null;
  busy: boolean;
  disabled: boolean;
  onSkapa(): void;
}

/** "Skapa mallar": writes the standard sheets the workbook lacks and lists what was written and skipped. */
export function MallarSection({ result, busy, disabled, onSkapa }: MallarSectionProps) {
  const s = useStyles();
  const headingId = useId("mallar-");
  return (
    <section className={s.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={s.heading}>
        {t.mallarHeading}
      </h3>
      <p className={s.small}>{t.mallarIntro}</p>
      <div>
        <Button onClick={onSkapa} disabled={disabled}>
          {busy ? t.skaparMallar : t.skapaMallar}
        </Button>
      </div>
      {result && (
        <div role="status" data-testid="mallar-resultat">
          <p className={s.text}>{t.mallarSkrivna(result.written)}</p>
          {result.skipped.length > 0 && (
            <>
              <p className={s.text}>{t.mallarHoppade}</p>
              <ul className={s.list}>
                {result.skipped.map((x) => (
                  <li key={x.name}>{x.reason}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
