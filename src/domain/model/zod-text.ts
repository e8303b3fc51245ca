/**
 * zod's own messages are English internals ("Invalid input: expected string, received number"); they never reach
 * a user. A failed schema check is described in Swedish from the issue's code and path instead.
 */

/** The part of a zod issue the Swedish text needs (zod 4's `$ZodIssue`). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message?: string;
}

const REASON: Record<string, string> = {
  invalid_type: "saknas eller har fel typ",
  too_small: "är för litet eller för kort",
  too_big: "är för stort eller för långt",
  invalid_format: "har fel format",
  invalid_string: "har fel format",
  invalid_value: "har ett värde som inte är tillåtet",
  invalid_enum_value: "har ett värde som inte är tillåtet",
  invalid_literal: "har ett värde som inte är tillåtet",
  invalid_union: "har ett värde som inte är tillåtet",
  unrecognized_keys: "har fält som inte hör dit",
  not_multiple_of: "har ett värde som inte är tillåtet",
};

/** `sheets.2.columns.0.role` → `sheets nr 3 › columns nr 1 › role`. */
function pathText(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (const p of path) {
    if (typeof p === "number") parts[parts.length - 1] = `${parts[parts.length - 1] ?? "post"} nr ${p + 1}`;
    else parts.push(String(p));
  }
  return parts.join(" › ");
}

/** Swedish description of the first failed check, e.g. `fältet "sheets nr 1 › kind" har ett värde som inte är tillåtet`. */
export function schemaIssueText(issue: SchemaIssue | undefined): string {
  if (!issue) return "okänt fel";
  // A refinement of our own ("ange antingen belopp eller procent") carries a Swedish message written here.
  if (issue.code === "custom" && issue.message) return issue.message;
  const reason = REASON[issue.code] ?? "kan inte läsas";
  return issue.path.length === 0 ? `innehållet ${reason}` : `fältet "${pathText(issue.path)}" ${reason}`;
}
