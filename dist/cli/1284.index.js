export const id = 1284;
export const ids = [1284];
export const modules = {

/***/ 70047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ hasDeltaPin),
/* harmony export */   r4: () => (/* binding */ isDeltaTable),
/* harmony export */   r5: () => (/* binding */ parseTableRef)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16986);
/**
 * A Delta table reference as the user writes it: `data/customers`, `data/customers@v12` (a
 * version) or `data/customers@2026-11-30T00:00:00Z` (a timestamp), as Databricks SQL writes
 * `table@v12`. Pure text parsing; `isDeltaTable` is the one filesystem check (the folder holds
 * `_delta_log/`).
 */



const VERSION_PIN = /^(.+)@v(\d+)$/;
const TIMESTAMP_PIN = /^(.+)@(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?(?:Z|[+-]\d{2}:?\d{2})?)$/;
/** Split `path@v12` / `path@<ISO timestamp>` into the folder and the pin (none: the latest). */
function parseTableRef(text) {
    const v = VERSION_PIN.exec(text);
    if (v) {
        const version = Number(v[2]);
        if (!Number.isSafeInteger(version))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`Delta table "${text}": version "${v[2]}" is too large; expected @v<commit number>, e.g. @v12`);
        return { root: v[1], version, text };
    }
    const t = TIMESTAMP_PIN.exec(text);
    if (t) {
        let iso = t[2];
        if (/^\d{4}-\d{2}-\d{2}$/.test(iso))
            iso += 'T00:00:00Z';
        else if (!/(Z|[+-]\d{2}:?\d{2})$/.test(iso))
            iso += 'Z';
        const ms = Date.parse(iso.replace(' ', 'T'));
        if (Number.isNaN(ms))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`Delta table "${text}": "${t[2]}" is not a valid timestamp; expected ISO 8601, e.g. @2026-11-30T00:00:00Z`);
        return { root: t[1], timestamp: { ms, text: t[2] }, text };
    }
    const at = text.lastIndexOf('@');
    if (at > 0 && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(text) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(text.slice(0, at), '_delta_log'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`Delta table "${text}": cannot read the pin "${text.slice(at + 1)}"; expected @v<version> (e.g. @v12) or @<ISO 8601 timestamp> (e.g. @2026-11-30T00:00:00Z)`);
    }
    return { root: text, text };
}
/** Whether `path` (with or without a pin) names a folder holding a Delta log. */
function isDeltaTable(path) {
    let root = path;
    try {
        root = parseTableRef(path).root;
    }
    catch {
        return true; // a bad pin on a Delta folder: the Delta reader says what is wrong
    }
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(root).isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, '_delta_log'));
    }
    catch {
        return false;
    }
}
/** Whether the text carries a Delta pin (`@v12` or `@<timestamp>`). */
function hasDeltaPin(path) {
    return VERSION_PIN.test(path) || TIMESTAMP_PIN.test(path);
}


/***/ }),

/***/ 14894:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parquetCompressors: () => (/* binding */ parquetCompressors)
/* harmony export */ });
/**
 * Parquet codecs beyond hyparquet's built-in Snappy: hyparquet-compressors (pure JS), with
 * Node's native zlib for ZSTD, GZIP and BROTLI where this Node has it (zstd: Node >= 22.15).
 */
async function parquetCompressors() {
    const { compressors } = await __webpack_require__.e(/* import() */ 3454).then(__webpack_require__.bind(__webpack_require__, 93454));
    const zlib = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 19));
    const out = { ...compressors };
    const native = zlib;
    const zstd = native.zstdDecompressSync;
    if (typeof zstd === 'function')
        out.ZSTD = (input) => zstd(input);
    out.GZIP = (input) => zlib.gunzipSync(input);
    out.BROTLI = (input) => zlib.brotliDecompressSync(input);
    return out;
}


/***/ }),

/***/ 11284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ emptyError),
/* harmony export */   GZ: () => (/* binding */ readParquetColumns),
/* harmony export */   Pu: () => (/* binding */ readBatches),
/* harmony export */   Th: () => (/* binding */ raggedRowError),
/* harmony export */   _C: () => (/* binding */ LINE_IS_RECORD),
/* harmony export */   detectFormat: () => (/* binding */ detectFormat),
/* harmony export */   gu: () => (/* binding */ readDelimitedParts),
/* harmony export */   s3: () => (/* binding */ utf8Error),
/* harmony export */   wz: () => (/* binding */ parseJsonLine)
/* harmony export */ });
/* unused harmony exports DATA_FORMATS, locateInvalidUtf8, wellQuotedEnd */
/* harmony import */ var papaparse__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38116);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16986);
/* harmony import */ var _io_fs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92907);
/* harmony import */ var _io_memory_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95531);
/* harmony import */ var _delta_table_ref_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70047);
/* harmony import */ var _parquet_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14894);
/**
 * Streaming readers for tabular data: CSV, TSV, JSON Lines, JSON (an array of objects) and
 * Parquet. Memory is bounded by the batch size, not the file size.
 *
 * - CSV/TSV values are the raw strings ('' = missing); JSON/JSONL/Parquet values are their JS
 *   values (null = missing; Parquet INT64 becomes a number, timestamps become Date).
 * - `lines` holds the 1-based line of each row in the file for CSV/TSV/JSONL, the 1-based record
 *   number for JSON arrays and Parquet (`LINE_IS_RECORD[format]` says which).
 * - JSON/JSONL: a key first seen in a later record adds a column at the end; `columns` of a later
 *   batch is then longer than an earlier one (earlier rows simply did not have it). Within a batch
 *   every row has exactly `columns.length` values.
 * - Bad input (invalid UTF-8, bad quoting, ragged rows, wrong delimiter, empty file, invalid JSON)
 *   is a UsageError naming `file:line:column` with a hint how to fix it.
 */








const DATA_FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet', 'delta'];
/** Whether `lines` are record numbers rather than lines in the file. */
const LINE_IS_RECORD = { csv: false, tsv: false, jsonl: false, json: true, parquet: true, delta: true };
const EXTENSIONS = {
    '.csv': 'csv',
    '.tsv': 'tsv',
    '.tab': 'tsv',
    '.jsonl': 'jsonl',
    '.ndjson': 'jsonl',
    '.json': 'json',
    '.parquet': 'parquet',
    '.pq': 'parquet',
};
/** The format of a data file: `format` when given, else from the extension. */
function detectFormat(path, format) {
    if (format !== undefined) {
        if (!DATA_FORMATS.includes(format))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: unknown format "${format}"; use one of ${DATA_FORMATS.join(', ')}`);
        return format;
    }
    // A Delta table: a folder holding _delta_log/, or a path pinned with @v12 / @<timestamp>.
    if ((0,_delta_table_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .hasDeltaPin */ .C7)(path) || (0,_delta_table_ref_js__WEBPACK_IMPORTED_MODULE_5__/* .isDeltaTable */ .r4)(path))
        return 'delta';
    const ext = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).toLowerCase();
    const f = EXTENSIONS[ext];
    if (!f) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: cannot tell the data format from the extension "${ext || '(none)'}"; rename the file to .csv, .tsv, .jsonl, .json or .parquet, or pass the format (--format / input "format")`);
    }
    return f;
}
/** Stream a data file as batches of rows. */
function readBatches(path, opts = {}) {
    const format = detectFormat(path, opts.format);
    const batchSize = opts.batchSize ?? 8192;
    const chunkSize = opts.chunkSize ?? 1 << 20;
    switch (format) {
        case 'csv':
            return readDelimited(path, ',', batchSize, chunkSize, opts.onBytes);
        case 'tsv':
            return readDelimited(path, '\t', batchSize, chunkSize, opts.onBytes);
        case 'jsonl':
            return readJsonLines(path, batchSize, chunkSize, opts.onBytes);
        case 'json':
            return readJsonArray(path, batchSize, chunkSize, opts.onBytes);
        case 'parquet':
            return readParquet(path, batchSize, opts.allowEmpty);
        case 'delta':
            return readDelta(path, batchSize, opts.allowEmpty);
    }
}
// ---------------------------------------------------------------------------------------------
// UTF-8
/** Find where a file stops being valid UTF-8: byte offset, 1-based line and column (in characters). */
async function locateInvalidUtf8(path) {
    let offset = 0;
    let line = 1;
    let col = 1;
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    let start = 0;
    for await (const chunk of (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .readChunks */ .zO)(path)) {
        for (let i = 0; i < chunk.length; i++, offset++) {
            const b = chunk[i];
            if (need === 0) {
                start = offset;
                if (b < 0x80) {
                    if (b === 0x0a) {
                        line++;
                        col = 1;
                    }
                    else
                        col++;
                    continue;
                }
                if (b >= 0xc2 && b <= 0xdf)
                    [need, lo, hi] = [1, 0x80, 0xbf];
                else if (b === 0xe0)
                    [need, lo, hi] = [2, 0xa0, 0xbf];
                else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef)
                    [need, lo, hi] = [2, 0x80, 0xbf];
                else if (b === 0xed)
                    [need, lo, hi] = [2, 0x80, 0x9f];
                else if (b === 0xf0)
                    [need, lo, hi] = [3, 0x90, 0xbf];
                else if (b >= 0xf1 && b <= 0xf3)
                    [need, lo, hi] = [3, 0x80, 0xbf];
                else if (b === 0xf4)
                    [need, lo, hi] = [3, 0x80, 0x8f];
                else
                    return { offset, line, column: col };
            }
            else {
                if (b < lo || b > hi)
                    return { offset: start, line, column: col };
                lo = 0x80;
                hi = 0xbf;
                if (--need === 0)
                    col++;
            }
        }
    }
    return need > 0 ? { offset: start, line, column: col } : undefined;
}
/** Decode byte chunks to text, turning invalid UTF-8 into a UsageError with its position. */
async function* decodeChunks(path, chunkSize, onBytes) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let any = false;
    let bytesRead = 0;
    try {
        for await (const chunk of (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .readChunks */ .zO)(path, chunkSize)) {
            any = true;
            bytesRead += chunk.length;
            onBytes?.(bytesRead);
            yield decoder.decode(chunk, { stream: true });
        }
        const tail = decoder.decode();
        if (tail)
            yield tail;
    }
    catch (err) {
        if (err instanceof TypeError) {
            const at = await locateInvalidUtf8(path);
            const where = at ? `${path}:${at.line}:${at.column}` : path;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${where}: invalid UTF-8${at ? ` (byte offset ${at.offset})` : ''}; save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8 ${path} > fixed${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path)})`);
        }
        throw err;
    }
    if (!any)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:1:1: the file is empty; expected a header line and data rows`);
}
function emptyError(path) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:1:1: the file is empty; expected a header line and data rows`);
}
// ---------------------------------------------------------------------------------------------
// CSV / TSV
const DELIMITER_NAMES = { ',': 'comma', '\t': 'tab', ';': 'semicolon', '|': 'pipe' };
function* sliceBatches(columns, rows, lines, batchSize) {
    if (rows.length <= batchSize) {
        if (rows.length > 0)
            yield { columns, rows, lines };
        return;
    }
    for (let i = 0; i < rows.length; i += batchSize) {
        yield { columns, rows: rows.slice(i, i + batchSize), lines: lines.slice(i, i + batchSize) };
    }
}
/** Index of the last newline that ends a row (outside quotes), or -1; also whether quotes occur. */
function lastRowEnd(text, from) {
    if (text.indexOf('"', from) === -1)
        return text.lastIndexOf('\n');
    let inQuote = false;
    let last = -1;
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34)
            inQuote = !inQuote;
        else if (c === 10 && !inQuote)
            last = i;
    }
    return last;
}
/** 1-based line and column of character `index` in `text`, whose first character is on `line`. */
function positionIn(text, index, line) {
    let l = line;
    let lastNl = -1;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
        l++;
        lastNl = i;
    }
    return { line: l, column: index - lastNl };
}
/**
 * Parse complete CSV/TSV text (no trailing newline) that starts at `startLine`. Reads the header
 * first when `columns` is undefined. Blank lines are skipped.
 */
function parseDelimitedText(path, delimiter, text, startLine, columns) {
    let segment = text;
    if (segment.endsWith('\r'))
        segment = segment.slice(0, -1);
    const res = papaparse__WEBPACK_IMPORTED_MODULE_0__.parse(segment, { delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false, header: false });
    if (res.errors.length > 0) {
        const e = res.errors[0];
        const pos = positionIn(segment, e.index ?? 0, startLine);
        const hint = e.code === 'MissingQuotes'
            ? 'close the quoted field with a " (a quote inside a quoted field is written "")'
            : 'a quoted field must end with " followed by the delimiter or the end of the line; write a quote inside a field as ""';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${pos.line}:${pos.column}: bad quoting: ${e.message}; ${hint}`);
    }
    const data = res.data;
    // CRLF (or mixed) line ends: the \r stays on each row's last field; strip it.
    if (segment.indexOf('\r') !== -1) {
        for (const row of data) {
            const k = row.length - 1;
            const v = row[k];
            if (v.charCodeAt(v.length - 1) === 13)
                row[k] = v.slice(0, -1);
        }
    }
    // Line of each row: consecutive when no field spans lines (no quotes), else scanned.
    let rowLines;
    if (segment.indexOf('"') !== -1) {
        rowLines = [startLine];
        let inQuote = false;
        let line = startLine;
        for (let i = 0; i < segment.length; i++) {
            const c = segment.charCodeAt(i);
            if (c === 34)
                inQuote = !inQuote;
            else if (c === 10) {
                line++;
                if (!inQuote)
                    rowLines.push(line);
            }
        }
    }
    let first = 0;
    if (!columns) {
        columns = parseHeader(path, delimiter, data[0], startLine);
        first = 1;
    }
    const n = columns.length;
    const rows = [];
    const lines = [];
    for (let i = first; i < data.length; i++) {
        const row = data[i];
        const line = rowLines ? rowLines[i] : startLine + i;
        if (row.length !== n) {
            if (row.length === 1 && row[0] === '')
                continue; // blank line
            throw raggedRowError(path, delimiter, line, row, n);
        }
        rows.push(row);
        lines.push(line);
    }
    return { columns, rows, lines };
}
function parseHeader(path, delimiter, header, headerLine) {
    const formatName = delimiter === ',' ? 'csv' : 'tsv';
    if (header.length === 1) {
        const text = header[0];
        for (const d of [',', '\t', ';', '|']) {
            if (d !== delimiter && text.includes(d)) {
                const suggestion = d === ',' ? 'use format csv' : d === '\t' ? 'use format tsv' : `convert it to ${DELIMITER_NAMES[delimiter]}-separated values`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${headerLine}:1: wrong delimiter: the header has a single column but contains ${DELIMITER_NAMES[d]}s; the file looks ${DELIMITER_NAMES[d]}-separated, not ${DELIMITER_NAMES[delimiter]}-separated (${formatName}); ${suggestion}`);
            }
        }
    }
    const seen = new Map();
    for (let i = 0; i < header.length; i++) {
        const name = header[i].trim();
        if (name === '' && header.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${headerLine}:${fieldColumn(header, i, delimiter)}: header field ${i + 1} is empty; give every column a name`);
        }
        if (seen.has(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${headerLine}:${fieldColumn(header, i, delimiter)}: duplicate column name "${name}" (fields ${seen.get(name) + 1} and ${i + 1}); column names must be unique`);
        }
        seen.set(name, i);
    }
    return header.map((h) => h.trim());
}
/** The error for a row whose field count differs from the header's. */
function raggedRowError(path, delimiter, line, row, n) {
    const col = row.length > n ? fieldColumn(row, n, delimiter) : fieldColumn(row, row.length - 1, delimiter) + row[row.length - 1].length;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${line}:${col}: ragged row: expected ${n} fields as in the header, found ${row.length}; ` +
        (row.length > n
            ? `quote fields that contain the delimiter ("a${delimiter === '\t' ? '\\t' : delimiter}b") or remove the extra field`
            : 'add the missing fields (an empty field is a missing value)'));
}
/**
 * End (just after its "\n") of the last complete record in bytes [s, e) whose quoting is well
 * formed (see DelimitedPart `quoted`); s when none is complete; -1 when a quote is used any other
 * way (papaparse then parses the piece, for its exact errors and readings).
 */
function wellQuotedEnd(buf, s, e, delim) {
    let i = s;
    let lastEnd = s;
    while (i < e) {
        let c = buf[i];
        if (c === 34) {
            i++;
            for (;;) {
                if (i >= e)
                    return lastEnd;
                c = buf[i];
                if (c === 34) {
                    if (i + 1 < e && buf[i + 1] === 34) {
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                i++;
            }
            if (i >= e)
                return lastEnd;
            c = buf[i];
            if (c === delim)
                i++;
            else if (c === 10)
                lastEnd = ++i;
            else if (c === 13 && i + 1 < e && buf[i + 1] === 10)
                lastEnd = i += 2;
            else
                return -1;
            continue;
        }
        while (i < e) {
            c = buf[i];
            if (c === delim || c === 10)
                break;
            if (c === 34)
                return -1;
            i++;
        }
        if (i >= e)
            return lastEnd;
        if (c === delim)
            i++;
        else
            lastEnd = ++i;
    }
    return lastEnd;
}
function countByte(buf, byte, start, end) {
    let n = 0;
    const b = buf;
    for (let i = b.indexOf(byte, start); i !== -1 && i < end; i = b.indexOf(byte, i + 1))
        n++;
    return n;
}
/** The error for a file that is not valid UTF-8, naming where it stops being valid. */
async function utf8Error(path) {
    const at = await locateInvalidUtf8(path);
    const where = at ? `${path}:${at.line}:${at.column}` : path;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${where}: invalid UTF-8${at ? ` (byte offset ${at.offset})` : ''}; save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8 ${path} > fixed${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path)})`);
}
/**
 * Stream a CSV/TSV file as parts. The file is cut at newline bytes (never inside a UTF-8
 * sequence); a piece with a quote character, or inside a quoted field spanning pieces, is parsed
 * by papaparse, other pieces are handed over as bytes. Invalid UTF-8, bad quoting, ragged rows
 * and header problems are UsageErrors with file:line:column.
 */
async function* readDelimitedParts(path, delimiter, batchSize = 8192, chunkSize = 1 << 20, 
/** Called after each read with the bytes read so far (for progress). */
onBytes, 
/** Hand over pieces with well-formed quoted fields as bytes too (`quoted: true`). */
quotedBytes = false) {
    const { isUtf8 } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4573, 19));
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let columns;
    let textCarry = '';
    let textCarryLine = 1;
    let nextLine = 1;
    let byteCarry;
    let first = true;
    let any = false;
    let sawRows = false;
    let bytesRead = 0;
    const decode = async (bytes) => {
        try {
            return decoder.decode(bytes);
        }
        catch {
            throw await utf8Error(path);
        }
    };
    function* parseText(text, line) {
        const r = parseDelimitedText(path, delimiter, text, line, columns);
        columns = r.columns;
        if (r.rows.length > 0)
            sawRows = true;
        for (const batch of sliceBatches(r.columns, r.rows, r.lines, batchSize))
            yield { kind: 'rows', batch };
    }
    function* feedText(text, lines) {
        if (textCarry === '')
            textCarryLine = nextLine;
        textCarry += text;
        nextLine += lines;
        const end = lastRowEnd(textCarry, 0);
        if (end === -1)
            return;
        const segment = textCarry.slice(0, end);
        const rest = textCarry.slice(end + 1);
        yield* parseText(segment, textCarryLine);
        textCarryLine += countNewlines(segment) + 1;
        textCarry = rest;
    }
    // One buffer for the whole file: the unfinished last line is moved to its front and the next
    // chunk is read behind it, so reading allocates nothing per chunk.
    let buf = Buffer.allocUnsafe(2 * chunkSize);
    let carryLen = 0;
    const reader = await (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__/* .openReader */ .cE)(path);
    try {
        for (;;) {
            if (buf.length - carryLen < chunkSize) {
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, carryLen);
                buf = bigger;
            }
            const got = await reader.read(buf, carryLen, chunkSize);
            if (got === 0)
                break;
            any = true;
            bytesRead += got;
            onBytes?.(bytesRead);
            const start = 0;
            let len = carryLen + got;
            if (first) {
                if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
                    buf.copy(buf, 0, 3, len);
                    len -= 3;
                }
                first = false;
            }
            if (!columns && textCarry === '') {
                // The header line alone goes to the parser (when it has no quote: a quoted header may
                // span lines); the rows after it can then be handed over as bytes.
                const nl = buf.indexOf(10, 0);
                const quote = buf.indexOf(34, 0);
                if (nl !== -1 && nl < len && (quote === -1 || quote > nl)) {
                    yield* feedText(await decode(buf.subarray(0, nl + 1)), 1);
                    buf.copy(buf, 0, nl + 1, len);
                    len -= nl + 1;
                }
            }
            const last = len > 0 ? buf.lastIndexOf(10, len - 1) : -1;
            if (last < start) {
                carryLen = len;
                if (len > 64 * chunkSize) {
                    // No line end in 64 chunks: hand it to the parser, which reports an unterminated quote.
                    yield* feedText(await decode(buf.subarray(start, len)), 0);
                    carryLen = 0;
                }
                continue;
            }
            const segEnd = last + 1;
            const lines = countByte(buf, 10, start, segEnd);
            const quote = buf.indexOf(34, start);
            const quotedEnd = quotedBytes && columns && textCarry === '' && quote !== -1 && quote < segEnd ? wellQuotedEnd(buf, start, segEnd, delimiter.charCodeAt(0)) : -1;
            if (columns && textCarry === '' && (quote === -1 || quote >= segEnd)) {
                if (!isUtf8(buf.subarray(start, segEnd)))
                    throw await utf8Error(path);
                yield { kind: 'bytes', columns, buf, start, end: segEnd, firstLine: nextLine };
                sawRows ||= lines > 1 || segEnd - start > 1;
                nextLine += lines;
            }
            else if (columns && quotedEnd > start) {
                // Well-quoted records up to quotedEnd as bytes; the rest (an unfinished quoted field) is read again with the next chunk.
                if (!isUtf8(buf.subarray(start, quotedEnd)))
                    throw await utf8Error(path);
                const qLines = countByte(buf, 10, start, quotedEnd);
                yield { kind: 'bytes', columns, buf, start, end: quotedEnd, firstLine: nextLine, quoted: true };
                sawRows ||= qLines > 1 || quotedEnd - start > 1;
                nextLine += qLines;
                buf.copy(buf, 0, quotedEnd, len);
                carryLen = len - quotedEnd;
                continue;
            }
            else {
                yield* feedText(await decode(buf.subarray(start, segEnd)), lines);
            }
            buf.copy(buf, 0, segEnd, len);
            carryLen = len - segEnd;
        }
    }
    finally {
        await reader.close();
    }
    if (carryLen > 0)
        byteCarry = Buffer.from(buf.subarray(0, carryLen));
    if (!any)
        throw emptyError(path);
    if (byteCarry)
        yield* feedText(await decode(byteCarry), 0);
    if (textCarry.trim() !== '')
        yield* parseText(textCarry, textCarryLine);
    if (!columns)
        throw emptyError(path);
    if (!sawRows)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:2:1: no data rows after the header line; add rows (or check that this is the right file)`);
}
async function* readDelimited(path, delimiter, batchSize, chunkSize, onBytes) {
    for await (const part of readDelimitedParts(path, delimiter, batchSize, chunkSize, onBytes)) {
        if (part.kind === 'rows')
            yield part.batch;
        else {
            const text = Buffer.from(part.buf.buffer, part.buf.byteOffset, part.buf.byteLength).toString('utf8', part.start, part.end - 1);
            const r = parseDelimitedText(path, delimiter, text, part.firstLine, part.columns);
            yield* sliceBatches(r.columns, r.rows, r.lines, batchSize);
        }
    }
}
function countNewlines(s) {
    let n = 0;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Approximate 1-based character column where field `k` of a parsed row starts. */
function fieldColumn(row, k, delimiter) {
    let col = 1;
    for (let i = 0; i < k && i < row.length; i++)
        col += row[i].length + delimiter.length;
    return col;
}
// ---------------------------------------------------------------------------------------------
// JSON Lines and JSON arrays
class ColumnIndex {
    names = [];
    index = new Map();
    toRow(obj) {
        const row = new Array(this.names.length).fill(null);
        for (const key of Object.keys(obj)) {
            let i = this.index.get(key);
            if (i === undefined) {
                i = this.names.length;
                this.names.push(key);
                this.index.set(key, i);
            }
            row[i] = normalizeJsonValue(obj[key]);
        }
        return row;
    }
    /** Freeze the current column list for a batch and pad its rows to it. */
    finish(rows) {
        const n = this.names.length;
        for (const r of rows)
            while (r.length < n)
                r.push(null);
        return this.names.slice();
    }
}
function normalizeJsonValue(v) {
    return v === undefined ? null : v;
}
function jsonErrorPosition(err) {
    const m = /position (\d+)/.exec(err.message ?? '');
    return m ? Number(m[1]) : undefined;
}
function jsonErrorText(err) {
    return (err.message ?? String(err)).replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
}
/** One line of a JSON Lines file as an object; UsageError naming file:line:column otherwise. */
function parseJsonLine(path, t, lineNo) {
    let v;
    try {
        v = JSON.parse(t);
    }
    catch (err) {
        const pos = jsonErrorPosition(err);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${lineNo}:${pos === undefined ? 1 : pos + 1}: invalid JSON: ${jsonErrorText(err)}; each line of a JSON Lines file must be one complete JSON object`);
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${lineNo}:1: expected a JSON object ({"column": value, ...}) on each line, found ${Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'null' : `a ${typeof v}`}`);
    }
    return v;
}
async function* readJsonLines(path, batchSize, chunkSize, onBytes) {
    const cols = new ColumnIndex();
    let carry = '';
    let line = 1;
    let rows = [];
    let lines = [];
    let nRows = 0;
    const take = (text, lineNo) => {
        const t = text.endsWith('\r') ? text.slice(0, -1) : text;
        if (t.trim() === '')
            return;
        const v = parseJsonLine(path, t, lineNo);
        rows.push(cols.toRow(v));
        lines.push(lineNo);
    };
    for await (const text of decodeChunks(path, chunkSize, onBytes)) {
        let buf = carry + text;
        if (line === 1 && buf.charCodeAt(0) === 0xfeff)
            buf = buf.slice(1);
        let start = 0;
        for (let nl = buf.indexOf('\n'); nl !== -1; nl = buf.indexOf('\n', start)) {
            take(buf.slice(start, nl), line);
            line++;
            start = nl + 1;
        }
        carry = buf.slice(start);
        if (rows.length >= batchSize) {
            const columns = cols.finish(rows);
            nRows += rows.length;
            yield* sliceBatches(columns, rows, lines, batchSize);
            rows = [];
            lines = [];
        }
    }
    take(carry, line);
    if (rows.length > 0) {
        const columns = cols.finish(rows);
        nRows += rows.length;
        yield* sliceBatches(columns, rows, lines, batchSize);
    }
    if (nRows === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:1:1: no records; a JSON Lines file holds one JSON object per line`);
}
async function* readJsonArray(path, batchSize, chunkSize, onBytes) {
    const cols = new ColumnIndex();
    let rows = [];
    let lines = [];
    let nRows = 0;
    // Scanner state, kept across chunks.
    let state = 'start';
    let depth = 0;
    let inStr = false;
    let esc = false;
    let line = 1;
    let col = 0;
    let elemLine = 0;
    let elemCol = 0;
    let elemText = '';
    let sawComma = false;
    let first = true;
    const fail = (msg, l = line, c = col) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:${l}:${c}: ${msg}`);
    };
    for await (let text of decodeChunks(path, chunkSize, onBytes)) {
        if (first && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        first = false;
        let elemStart = state === 'in-elem' ? 0 : -1;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10) {
                line++;
                col = 0;
            }
            else
                col++;
            if (state === 'in-elem') {
                if (inStr) {
                    if (esc)
                        esc = false;
                    else if (c === 92)
                        esc = true;
                    else if (c === 34)
                        inStr = false;
                }
                else if (c === 34)
                    inStr = true;
                else if (c === 123 || c === 91)
                    depth++;
                else if (c === 125 || c === 93) {
                    if (--depth === 0) {
                        const src = elemText + text.slice(elemStart, i + 1);
                        elemText = '';
                        elemStart = -1;
                        state = 'after-elem';
                        let v;
                        try {
                            v = JSON.parse(src);
                        }
                        catch (err) {
                            const pos = jsonErrorPosition(err) ?? 0;
                            const p = positionIn(src, pos, elemLine);
                            fail(`invalid JSON: ${jsonErrorText(err)}; fix the record or export the data again`, p.line, p.line === elemLine ? elemCol + pos : p.column);
                        }
                        rows.push(cols.toRow(v));
                        lines.push(nRows + rows.length);
                        if (rows.length >= batchSize) {
                            const columns = cols.finish(rows);
                            nRows += rows.length;
                            yield* sliceBatches(columns, rows, lines, batchSize);
                            rows = [];
                            lines = [];
                        }
                    }
                }
                continue;
            }
            if (c === 32 || c === 10 || c === 13 || c === 9)
                continue;
            if (state === 'start') {
                if (c === 91) {
                    state = 'before-elem';
                    sawComma = true;
                    continue;
                }
                fail(c === 123
                    ? 'expected a JSON array of objects ([{...}, ...]) but the file starts with an object; for one object per line use format jsonl'
                    : `expected a JSON array of objects ([{...}, ...]), found "${String.fromCharCode(c)}"`);
            }
            else if (state === 'before-elem' || state === 'after-elem') {
                if (c === 93) {
                    if (state === 'before-elem' && sawComma && rows.length + nRows > 0)
                        fail('trailing comma before "]"; remove it');
                    state = 'end';
                    continue;
                }
                if (state === 'after-elem') {
                    if (c === 44) {
                        state = 'before-elem';
                        sawComma = true;
                        continue;
                    }
                    fail(`expected "," or "]" after a record, found "${String.fromCharCode(c)}"`);
                }
                if (c !== 123)
                    fail(`expected a JSON object ({"column": value, ...}) as each array element, found "${String.fromCharCode(c)}"`);
                state = 'in-elem';
                depth = 1;
                inStr = false;
                esc = false;
                elemStart = i;
                elemLine = line;
                elemCol = col;
                sawComma = false;
            }
            else if (state === 'end') {
                fail(`unexpected "${String.fromCharCode(c)}" after the end of the array`);
            }
        }
        if (state === 'in-elem') {
            elemText += text.slice(elemStart);
            if (elemText.length > 256 * 1024 * 1024)
                fail('a single record is larger than 256 MB', elemLine, elemCol);
        }
    }
    if (state === 'start')
        throw emptyError(path);
    if (state !== 'end')
        fail('unexpected end of file: the JSON array is not closed with "]"');
    if (rows.length > 0) {
        const columns = cols.finish(rows);
        nRows += rows.length;
        yield* sliceBatches(columns, rows, lines, batchSize);
    }
    if (nRows === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}:1:1: the JSON array has no records`);
}
// ---------------------------------------------------------------------------------------------
// Delta: a snapshot's Parquet files read by the Parquet readers below (src/data/delta/scan.ts).
async function* readDelta(path, batchSize, allowEmpty = false) {
    const { readDeltaBatches } = await __webpack_require__.e(/* import() */ 6934).then(__webpack_require__.bind(__webpack_require__, 66934));
    yield* readDeltaBatches(path, batchSize, allowEmpty, { readBatches, readParquetColumns });
}
// ---------------------------------------------------------------------------------------------
// Parquet
/** Convert Parquet values to plain JS: INT64 (bigint) to number. */
function normalizeParquetValue(v) {
    if (typeof v === 'bigint')
        return Number(v);
    return v === undefined ? null : v;
}
async function* readParquet(path, batchSize, allowEmpty = false) {
    const size = await (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__.fileSize)(path);
    if (size === 0)
        throw emptyError(path);
    const { parquetMetadataAsync, parquetRead, parquetSchema } = await Promise.all(/* import() */[__webpack_require__.e(7209), __webpack_require__.e(5787), __webpack_require__.e(6087)]).then(__webpack_require__.bind(__webpack_require__, 26087));
    const compressors = await (0,_parquet_types_js__WEBPACK_IMPORTED_MODULE_6__.parquetCompressors)();
    const file = { byteLength: size, slice: (start, end) => (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__.readRange)(path, start, end ?? size) };
    let metadata;
    try {
        metadata = await parquetMetadataAsync(file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: not a readable Parquet file (${err.message}); check the file or pass the right format`);
    }
    const columns = parquetSchema(metadata).children.map((c) => c.element.name);
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const groupRows = Number(group.num_rows);
        const groupEnd = rowStart + groupRows;
        let rows = [];
        try {
            await parquetRead({
                file,
                metadata,
                columns,
                compressors,
                rowStart,
                rowEnd: groupEnd,
                onComplete: (r) => {
                    rows = r;
                },
            });
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: cannot decode Parquet rows ${rowStart + 1}-${groupEnd} (${err.message})`);
        }
        for (const r of rows)
            for (let j = 0; j < r.length; j++)
                r[j] = normalizeParquetValue(r[j]);
        const lines = new Array(rows.length);
        for (let i = 0; i < rows.length; i++)
            lines[i] = rowStart + i + 1;
        yield* sliceBatches(columns, rows, lines, batchSize);
        rowStart = groupEnd;
    }
    if (rowStart === 0 && !allowEmpty)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: the Parquet file has no rows`);
}
/** How the values of a flat column become numbers: 0 = not a plain number column. */
const NUM_NONE = 0;
const NUM_INT32 = 1;
const NUM_INT64 = 2;
const NUM_FLOAT = 3;
/** Numeric kind and timestamp conversion of a flat column, from its schema element. */
function numericKind(el) {
    const ct = el.converted_type;
    const lt = el.logical_type;
    const none = { kind: NUM_NONE, scale: 1, divide: 1 };
    if (el.type === 'FLOAT' || el.type === 'DOUBLE')
        return ct || (lt && lt.type !== undefined) ? none : { kind: NUM_FLOAT, scale: 1, divide: 1 };
    const signedInt = (!lt || (lt.type === 'INTEGER' && lt.isSigned !== false)) && (!ct || ct === 'INT_8' || ct === 'INT_16' || ct === 'INT_32' || ct === 'INT_64');
    if (el.type === 'INT32') {
        if (ct === 'DATE' || (!ct && lt?.type === 'DATE'))
            return { kind: NUM_INT32, scale: 86_400_000, divide: 1 };
        return signedInt ? { kind: NUM_INT32, scale: 1, divide: 1 } : none;
    }
    if (el.type === 'INT64') {
        if (ct === 'TIMESTAMP_MILLIS')
            return { kind: NUM_INT64, scale: 1, divide: 1 };
        if (ct === 'TIMESTAMP_MICROS')
            return { kind: NUM_INT64, scale: 1, divide: 1000 };
        if (!ct && lt?.type === 'TIMESTAMP')
            return { kind: NUM_INT64, scale: 1, divide: lt.unit === 'MICROS' ? 1000 : lt.unit === 'NANOS' ? 1e6 : 1 };
        return signedInt ? { kind: NUM_INT64, scale: 1, divide: 1 } : none;
    }
    return none;
}
/**
 * Primitive values (as hyparquet's readPlain gives them) to doubles in `out` from `at`:
 * INT64 exactly as Number(bigint) (hi\u00b72\u00b3\u00b2 + lo is exact before its one rounding), then \u00d7 scale
 * or \u00f7 divide (the same operations as the timestamp parsers, so the same doubles).
 */
function toDoubles(data, kind, scale, divide, out, at) {
    const n = data.length;
    if (kind === NUM_INT64 && data instanceof BigInt64Array) {
        const w = new Uint32Array(data.buffer, data.byteOffset, 2 * n);
        for (let i = 0; i < n; i++)
            out[at + i] = (w[2 * i + 1] | 0) * 4294967296 + w[2 * i];
    }
    else if (kind === NUM_INT64) {
        for (let i = 0; i < n; i++)
            out[at + i] = Number(data[i]);
    }
    else {
        for (let i = 0; i < n; i++)
            out[at + i] = data[i];
    }
    if (scale !== 1)
        for (let i = 0; i < n; i++)
            out[at + i] *= scale;
    if (divide !== 1)
        for (let i = 0; i < n; i++)
            out[at + i] /= divide;
}
/** Timestamp/date parsers giving epoch milliseconds (numbers), not Date objects. */
const MS_PARSERS = {
    timestampFromMilliseconds: (v) => Number(v),
    timestampFromMicroseconds: (v) => Number(v) / 1000,
    timestampFromNanoseconds: (v) => Number(v) / 1e6,
    dateFromDays: (d) => d * 86_400_000,
};
/**
 * Decode one flat column chunk page by page (DATA_PAGE v1 and v2, any encoding hyparquet
 * supports; dictionary and PLAIN pages decoded here straight to typed arrays).
 */
function readFlatChunk(hp, buf, decoder, maxDef, rowStart, rows, onPage, scratch) {
    const { kind, scale, divide } = numericKind(decoder.element);
    const reader = { view: new DataView(buf), offset: 0 };
    let dictNumbers;
    let dictTexts;
    let dictValues;
    let done = 0;
    while (done < rows && reader.offset < buf.byteLength - 1) {
        const header = hp.parquetHeader(reader);
        const bytes = new Uint8Array(buf, reader.offset, header.compressed_page_size);
        reader.offset += header.compressed_page_size;
        if (header.type === 'DICTIONARY_PAGE') {
            const diph = header.dictionary_page_header;
            const page = hp.decompressPage(bytes, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
            const raw = hp.readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, decoder.type, diph.num_values, decoder.element.type_length);
            dictNumbers = dictTexts = dictValues = undefined;
            if (kind !== NUM_NONE) {
                dictNumbers = new Float64Array(raw.length);
                toDoubles(raw, kind, scale, divide, dictNumbers, 0);
            }
            else {
                const conv = hp.convert(raw, decoder);
                const texts = [];
                let allText = true;
                for (let i = 0; i < conv.length && allText; i++) {
                    const v = conv[i];
                    if (typeof v === 'string')
                        texts.push(v);
                    else
                        allText = false;
                }
                if (allText)
                    dictTexts = { texts };
                else
                    dictValues = conv;
            }
            continue;
        }
        let n;
        let encoding;
        /** 1 where a value is present; undefined when all are. */
        let present;
        let indices;
        let data;
        if (header.type === 'DATA_PAGE') {
            const daph = header.data_page_header;
            n = daph.num_values;
            encoding = daph.encoding;
            const page = hp.decompressPage(bytes, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
            const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
            const r = { view, offset: 0 };
            let nonNull = n;
            if (maxDef > 0) {
                const defs = (scratch.defs = grow(scratch.defs, n)).subarray(0, n);
                hp.readRleBitPackedHybrid(r, 32 - Math.clz32(maxDef), defs);
                nonNull = countPresent(defs, maxDef);
                if (nonNull < n)
                    present = defs;
            }
            if (encoding === 'PLAIN' && decoder.type !== 'BOOLEAN')
                data = hp.readPlain(r, decoder.type, nonNull, decoder.element.type_length);
            else if ((encoding === 'RLE_DICTIONARY' || encoding === 'PLAIN_DICTIONARY') && decoder.type !== 'BOOLEAN') {
                const width = view.getUint8(r.offset++);
                const idx = (scratch.idx = grow(scratch.idx, nonNull)).subarray(0, nonNull);
                if (width)
                    hp.readRleBitPackedHybrid(r, width, idx, view.byteLength - r.offset);
                else
                    idx.fill(0);
                indices = idx;
            }
            else {
                const dp = hp.readDataPage(page, daph, decoder);
                data = dp.dataPage;
                if (encoding.endsWith('_DICTIONARY')) {
                    indices = data;
                    data = undefined;
                }
            }
        }
        else if (header.type === 'DATA_PAGE_V2') {
            const daph2 = header.data_page_header_v2;
            n = daph2.num_values;
            encoding = daph2.encoding;
            const dp = hp.readDataPageV2(bytes, header, decoder);
            if (dp.definitionLevels && dp.definitionLevels.length > 0 && daph2.num_nulls > 0)
                present = dp.definitionLevels;
            if (encoding.endsWith('_DICTIONARY'))
                indices = dp.dataPage;
            else
                data = dp.dataPage;
        }
        else {
            throw new Error(`unsupported page type ${header.type}`);
        }
        if (indices && !dictNumbers && !dictTexts && !dictValues)
            throw new Error('a dictionary-encoded page without a dictionary page');
        if (n > rows - done)
            throw new Error(`a page has ${n} values but only ${rows - done} rows are left in the row group`);
        const start = rowStart + done;
        const nonNullCount = indices ? indices.length : data.length;
        const expected = present ? countPresent(present, maxDef) : n;
        if (nonNullCount < expected)
            throw new Error(`a page holds ${nonNullCount} values where its definition levels say ${expected}`);
        if (kind !== NUM_NONE) {
            const values = (scratch.values = grow(scratch.values, n)).subarray(0, n);
            let nulls;
            let dense;
            if (indices) {
                dense = present ? (scratch.dense = grow(scratch.dense, indices.length)).subarray(0, indices.length) : values;
                const d = dictNumbers;
                for (let i = 0; i < indices.length && i < n; i++) {
                    const k = indices[i];
                    if (k >= d.length)
                        throw new Error(`dictionary index ${k} out of range (${d.length} entries)`);
                    dense[i] = d[k];
                }
            }
            else {
                dense = present ? (scratch.dense = grow(scratch.dense, data.length)).subarray(0, data.length) : values;
                toDoubles(data, kind, scale, divide, dense, 0);
            }
            if (present) {
                nulls = (scratch.nulls = grow(scratch.nulls, n)).subarray(0, n);
                nulls.fill(0);
                for (let i = 0, j = 0; i < n; i++) {
                    if (present[i] === maxDef)
                        values[i] = dense[j++];
                    else
                        nulls[i] = 1;
                }
            }
            onPage({ kind: 'numbers', rowStart: start, rows: n, values, nulls });
        }
        else if (indices && dictTexts) {
            // Without nulls the decoded indices are the rows already (when they came as an Int32Array).
            const out = !present && indices instanceof Int32Array && indices.length === n ? indices : (scratch.out = grow(scratch.out, n)).subarray(0, n);
            const size = dictTexts.texts.length;
            for (let i = 0, j = 0; i < n; i++) {
                if (present && present[i] !== maxDef)
                    out[i] = -1;
                else {
                    const k = indices[j++];
                    if (k >= size)
                        throw new Error(`dictionary index ${k} out of range (${size} entries)`);
                    out[i] = k;
                }
            }
            onPage({ kind: 'dict', rowStart: start, rows: n, dictionary: dictTexts, indices: out });
        }
        else {
            let vals;
            if (indices) {
                const d = (dictValues ?? dictTexts?.texts);
                const arr = new Array(indices.length);
                for (let i = 0; i < indices.length; i++)
                    arr[i] = d[indices[i]];
                vals = arr;
            }
            else
                vals = hp.convert(data, decoder);
            const out = new Array(n);
            for (let i = 0, j = 0; i < n; i++) {
                if (present && present[i] !== maxDef)
                    out[i] = null;
                else {
                    const v = vals[j++];
                    out[i] = typeof v === 'bigint' ? Number(v) : v === undefined ? null : v;
                }
            }
            onPage({ kind: 'values', rowStart: start, rows: n, values: out });
        }
        done += n;
    }
    if (done !== rows)
        throw new Error(`the column chunk holds ${done} values, expected ${rows}`);
}
function newScratch() {
    return { defs: new Uint8Array(0), nulls: new Uint8Array(0), idx: new Int32Array(0), out: new Int32Array(0), values: new Float64Array(0), dense: new Float64Array(0) };
}
/** `a` when it holds n elements, else a new array of the same kind with room for n (+25%). */
function grow(a, n) {
    if (a.length >= n)
        return a;
    return new a.constructor(Math.ceil(n * 1.25));
}
function countPresent(present, maxDef) {
    let k = 0;
    for (let i = 0; i < present.length; i++)
        if (present[i] === maxDef)
            k++;
    return k;
}
/**
 * Stream a Parquet file one row group at a time, columnar, without building row arrays or Date
 * objects: timestamps and dates come as epoch milliseconds (numbers). Decoding one column at a
 * time keeps memory to one column chunk (`readPages`: one page). For bulk statistics.
 */
async function* readParquetColumns(path, format = 'parquet', partOfTable = false, onBytes) {
    if (format === 'delta') {
        const { readDeltaColumns } = await __webpack_require__.e(/* import() */ 6934).then(__webpack_require__.bind(__webpack_require__, 66934));
        return yield* readDeltaColumns(path, { readBatches, readParquetColumns });
    }
    const size = await (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__.fileSize)(path);
    if (size === 0)
        throw emptyError(path);
    const [{ parquetMetadataAsync, parquetRead, parquetSchema }, column, datapage, encoding, plain, convertMod, schemaMod] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(7209), __webpack_require__.e(5787), __webpack_require__.e(6087)]).then(__webpack_require__.bind(__webpack_require__, 26087)),
        Promise.all(/* import() */[__webpack_require__.e(7209), __webpack_require__.e(5787)]).then(__webpack_require__.bind(__webpack_require__, 85787)),
        __webpack_require__.e(/* import() */ 7209).then(__webpack_require__.bind(__webpack_require__, 47209)),
        __webpack_require__.e(/* import() */ 452).then(__webpack_require__.bind(__webpack_require__, 40452)),
        __webpack_require__.e(/* import() */ 589).then(__webpack_require__.bind(__webpack_require__, 90589)),
        __webpack_require__.e(/* import() */ 4798).then(__webpack_require__.bind(__webpack_require__, 24798)),
        __webpack_require__.e(/* import() */ 9770).then(__webpack_require__.bind(__webpack_require__, 69770)),
    ]);
    const hp = {
        parquetHeader: column.parquetHeader,
        decompressPage: datapage.decompressPage,
        readDataPage: datapage.readDataPage,
        readDataPageV2: datapage.readDataPageV2,
        readRleBitPackedHybrid: encoding.readRleBitPackedHybrid,
        readPlain: plain.readPlain,
        convert: convertMod.convert,
    };
    const compressors = await (0,_parquet_types_js__WEBPACK_IMPORTED_MODULE_6__.parquetCompressors)();
    const scratch = newScratch();
    // onBytes (progress): the bytes of the ranges read so far; the metadata and a nested column read twice count twice.
    let bytesRead = 0;
    const file = {
        byteLength: size,
        slice: async (start, end) => {
            const b = await (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_3__.readRange)(path, start, end ?? size);
            bytesRead += b.byteLength;
            onBytes?.(bytesRead);
            return b;
        },
    };
    let metadata;
    try {
        metadata = await parquetMetadataAsync(file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: not a readable Parquet file (${err.message}); check the file or pass the right format`);
    }
    const tree = parquetSchema(metadata);
    const children = tree.children;
    const columns = children.map((c) => c.element.name);
    const timestamps = children.map((c) => {
        const e = c.element;
        return e.logical_type?.type === 'TIMESTAMP' || e.logical_type?.type === 'DATE' || /^(TIMESTAMP|DATE)/.test(e.converted_type ?? '');
    });
    const parsers = { ...convertMod.DEFAULT_PARSERS, ...MS_PARSERS };
    // Flat columns (a leaf right under the root, not repeated) are decoded page by page here.
    const flat = children.map((c) => {
        const schemaPath = schemaMod.getTreePath(tree, [c.element.name]);
        return schemaMod.isFlatColumn(schemaPath) && schemaMod.getMaxRepetitionLevel(schemaPath) === 0
            ? { schemaPath, maxDef: schemaMod.getMaxDefinitionLevel(schemaPath) }
            : undefined;
    });
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const rows = Number(group.num_rows);
        const start = rowStart;
        // A column whole, through hyparquet's parquetRead: the path for nested columns.
        const readColumn = async (c) => {
            const parts = [];
            try {
                await parquetRead({ file, metadata, columns: [columns[c]], compressors, parsers, rowStart: start, rowEnd: start + rows, onChunk: (p) => parts.push(p) });
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: cannot decode Parquet column "${columns[c]}" rows ${start + 1}-${start + rows} (${err.message})`);
            }
            if (parts.length === 1 && parts[0].rowStart === start && parts[0].columnData.length === rows)
                return parts[0].columnData;
            const out = new Array(rows).fill(null);
            for (const p of parts) {
                for (let i = 0; i < p.columnData.length; i++) {
                    const r = p.rowStart + i - start;
                    if (r >= 0 && r < rows)
                        out[r] = p.columnData[i];
                }
            }
            return out;
        };
        const readPages = async (c, onPage) => {
            const f = flat[c];
            const chunk = group.columns.find((k) => k.meta_data?.path_in_schema.length === 1 && k.meta_data.path_in_schema[0] === columns[c]);
            const meta = chunk?.meta_data;
            if (!f || !meta || chunk?.file_path) {
                const values = await readColumn(c);
                const out = new Array(values.length);
                for (let i = 0; i < values.length; i++) {
                    const v = values[i];
                    out[i] = typeof v === 'bigint' ? Number(v) : v === undefined ? null : v;
                }
                onPage({ kind: 'values', rowStart: start, rows, values: out });
                return;
            }
            const from = Number(meta.dictionary_page_offset || meta.data_page_offset);
            const to = from + Number(meta.total_compressed_size);
            try {
                if (from < 0 || to > size)
                    throw new Error(`column chunk bytes ${from}-${to} lie outside the file (${size} bytes)`);
                const buf = await file.slice(from, to);
                const decoder = {
                    pathInSchema: meta.path_in_schema,
                    element: f.schemaPath[f.schemaPath.length - 1].element,
                    schemaPath: f.schemaPath,
                    type: meta.type,
                    codec: meta.codec,
                    compressors,
                    parsers,
                };
                readFlatChunk(hp, buf, decoder, f.maxDef, start, rows, onPage, scratch);
                (0,_io_memory_js__WEBPACK_IMPORTED_MODULE_4__/* .collectGarbage */ .i)('minor'); // the chunk's and its pages' buffers
            }
            catch (err) {
                if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError)
                    throw err;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: cannot decode Parquet column "${columns[c]}" rows ${start + 1}-${start + rows} (${err.message})`);
            }
        };
        yield { columns, timestamps, readPages, rowStart: start, rows };
        rowStart += rows;
    }
    // partOfTable: one data file of a Delta table; it may be empty, and the table's reader collects once at its end.
    if (rowStart === 0 && !partOfTable)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.UsageError(`${path}: the Parquet file has no rows`);
    // Done: the page buffers (a few MB) go now rather than stay under whatever is read next.
    Object.assign(scratch, newScratch());
    if (!partOfTable)
        (0,_io_memory_js__WEBPACK_IMPORTED_MODULE_4__/* .collectGarbage */ .i)('major');
}


/***/ })

};
