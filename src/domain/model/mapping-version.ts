/** Version of the saved mapping's format; a stored mapping of another version is detected afresh. */
export const MAPPING_VERSION = 1;
