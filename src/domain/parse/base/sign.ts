import { issue, type Issue } from "../../issues/issue";
import { CODES } from "../../issues/codes";

/** Kind of post an amount belongs to: 1 kostnad, −1 intäkt, 0 unknown. */
export type PostSign = 1 | -1 | 0;

/**
 * True when a sheet writes its costs as negative numbers (Uppsala's convention): every non-zero amount of a
 * cost post is negative and there is at least one. When no post is known to be a cost, the amounts of
 * unknown posts decide instead. A single negative among positive costs is a correction and keeps its sign.
 */
export function costsWrittenNegative(values: ArrayLike<number>, kinds: ArrayLike<PostSign>): boolean {
  let anyCost = false;
  for (let i = 0; i < kinds.length; i++) if (kinds[i] === 1) anyCost = true;
  const decide: PostSign = anyCost ? 1 : 0;
  let seen = false;
  for (let i = 0; i < values.length; i++) {
    if (kinds[i] !== decide || values[i] === 0 || Number.isNaN(values[i])) continue;
    if (values[i] > 0) return false;
    seen = true;
  }
  return seen;
}

/**
 * The amount to keep once the sheet is known to write costs negative: costs and unknown posts become positive,
 * intäkter keep their sign.
 */
export function normalizedAmount(value: number, kind: PostSign, flip: boolean): number {
  if (!flip || kind === -1) return value;
  return kind === 1 || value < 0 ? Math.abs(value) : value;
}

/** The one info issue that says the costs were read as positive amounts. */
export function negativeCostsInfo(sheet: string, cell: string, column: string): Issue {
  return issue(
    "info",
    CODES.NEGATIVA_KOSTNADER,
    sheet,
    cell,
    `Kostnaderna i kolumnen ${column} är skrivna som negativa tal. De läses som positiva belopp (kostnader); inget behöver ändras.`,
  );
}
