import type { ConditionalFormatPlan } from "../model";
import { COLORS } from "./common";
import { formatPercentShort } from "../text/format";

/**
 * The two colour rules of a kvot column, shared by Förbrukningskvot and Rekvisitionskontroll: red over the
 * förbund's Hög threshold, yellow under its Låg threshold (standard 100 % / 80 %, domain.md §3.1). Thresholds are
 * written as plain numbers, which Excel takes as formulas (`=1`, `=0.8`).
 */
export function kvotColorRules(range: string, kvotHog: number, kvotLag: number): ConditionalFormatPlan[] {
  return [
    {
      range,
      operator: "GreaterThan",
      formula1: String(kvotHog),
      fill: COLORS.hogFill,
      fontColor: COLORS.hogText,
      description: `Hög förbrukning (över ${formatPercentShort(kvotHog)})`,
    },
    {
      range,
      operator: "LessThan",
      formula1: String(kvotLag),
      fill: COLORS.lagFill,
      fontColor: COLORS.lagText,
      description: `Låg förbrukning (under ${formatPercentShort(kvotLag)})`,
    },
  ];
}
