export const id = 3146;
export const ids = [3146];
export const modules = {

/***/ 63146:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sg: () => (/* binding */ isMissingBytes),
/* harmony export */   wF: () => (/* binding */ isMissingText)
/* harmony export */ });
/* unused harmony export MISSING_TOKENS */
/**
 * What counts as a missing value in text data, for every stage: validate-data's profiles and the
 * trainer's preprocessing (src/model/preprocess.ts) agree, so a column whose gaps are written "NA"
 * is numeric with missing values in both, as pandas reads it. A cell is missing when, trimmed of
 * whitespace, it is one of MISSING_TOKENS (the empty string included).
 */
const MISSING_TOKENS = ['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL'];
const TOKENS = new Set(MISSING_TOKENS);
/** Longest token: a longer cell can only be missing when it has whitespace to trim. */
const LONGEST = Math.max(...MISSING_TOKENS.map((t) => t.length));
/** True for a missing text value. */
function isMissingText(v) {
    const n = v.length;
    if (n === 0)
        return true;
    if (n <= LONGEST)
        return TOKENS.has(v) || (mayTrim(v.charCodeAt(0)) || mayTrim(v.charCodeAt(n - 1))) && TOKENS.has(v.trim());
    return (mayTrim(v.charCodeAt(0)) || mayTrim(v.charCodeAt(n - 1))) && TOKENS.has(v.trim());
}
/** isMissingText for bytes [s, e) of UTF-8, without building a string for ordinary cells. */
function isMissingBytes(b, s, e) {
    if (s === e)
        return true;
    const first = b[s];
    const last = b[e - 1];
    const trim = mayTrimByte(first) || mayTrimByte(last);
    if (!trim && (e - s > LONGEST || (first !== 0x4e && first !== 0x6e)))
        return false; // tokens start with N or n
    return TOKENS.has(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8').trim());
}
/** Could `trim()` remove this UTF-16 unit (ASCII whitespace or any non-ASCII unit, checked exactly later)? */
function mayTrim(c) {
    return c <= 0x20 || c >= 0x80;
}
/** Could this byte start or end whitespace that `trim()` removes (ASCII whitespace, or a non-ASCII sequence)? */
function mayTrimByte(c) {
    return c <= 0x20 || c >= 0x80;
}


/***/ })

};
