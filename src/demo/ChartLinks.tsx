import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { demoStrings as t } from "../taskpane/strings";
import type { ChartData } from "./chart-data";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    flex: "0 0 auto",
  },
});

/**
 * "Diagram på bladet:" with one button per chart that scrolls the grid to it — charts sit at their anchor
 * cells, often to the right of the tables, so the buttons make sure nobody misses them.
 */
export function ChartLinks({ charts, panelId }: { charts: ChartData[]; panelId: string }) {
  const s = useStyles();
  if (charts.length === 0) return null;
  const show = (i: number) => {
    const el = document.getElementById(panelId)?.querySelector<HTMLElement>(`[data-chart-index="${i}"]`);
    el?.scrollIntoView?.({ block: "nearest", inline: "nearest", behavior: "smooth" });
  };
  return (
    <div className={s.bar} role="group" aria-label={t.chartsOnSheet}>
      <span>{t.chartsOnSheet}:</span>
      {charts.map((c, i) => (
        <Button key={i} size="small" appearance="subtle" onClick={() => show(i)}>
          {c.title}
        </Button>
      ))}
    </div>
  );
}
