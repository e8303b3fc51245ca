import fc from "fast-check";
import { fuzzSeed } from "./runs";

/**
 * Jest setup of the unit project: every fast-check property in the suite (fuzz, reliability, largest remainder)
 * runs from the same reproducible seed unless FUZZ_SEED says otherwise (see runs.ts).
 */
const seed = fuzzSeed();
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
