export const id = 894;
export const ids = [894];
export const modules = {

/***/ 4894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parquetCompressors: () => (/* binding */ parquetCompressors)
/* harmony export */ });
/**
 * Parquet codecs beyond hyparquet's built-in Snappy: hyparquet-compressors (pure JS), with
 * Node's native zlib for ZSTD, GZIP and BROTLI where this Node has it (zstd: Node >= 22.15).
 */
async function parquetCompressors() {
    const { compressors } = await __webpack_require__.e(/* import() */ 454).then(__webpack_require__.bind(__webpack_require__, 3454));
    const zlib = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8522, 19));
    const out = { ...compressors };
    const native = zlib;
    const zstd = native.zstdDecompressSync;
    if (typeof zstd === 'function')
        out.ZSTD = (input) => zstd(input);
    out.GZIP = (input) => zlib.gunzipSync(input);
    out.BROTLI = (input) => zlib.brotliDecompressSync(input);
    return out;
}


/***/ })

};
