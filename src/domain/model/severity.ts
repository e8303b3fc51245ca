/** Severity of a validation issue: fel stops a figure from being trusted, varning asks for a look, info informs. */
export type Severity = "fel" | "varning" | "info";
