import { makeStyles, tokens } from "@fluentui/react-components";
import type { FinsamServices } from "../services/types";
import { strings } from "./strings";

const useStyles = makeStyles({ text: { margin: 0, color: tokens.colorNeutralForeground2 } });

/** Step 4: the multi-year what-if ("Nästa år"). */
export function NastaArTab(_props: { services: FinsamServices }) {
  const s = useStyles();
  return <p className={s.text}>{strings.nastaArFallback}</p>;
}
