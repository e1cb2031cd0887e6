export const id = 7411;
export const ids = [7411];
export const modules = {

/***/ 27411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ predict_command)
});

// EXTERNAL MODULE: ./src/cli/command.js
var command = __webpack_require__(18805);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/config/options.js
var options = __webpack_require__(97102);
// EXTERNAL MODULE: ./src/config/sections/common.js
var common = __webpack_require__(36380);
;// CONCATENATED MODULE: ./src/config/sections/predict.js
/** `cd4ml predict` flags (batch scoring), declared once (src/config/options.ts). */


const predictStage = (0,options/* declareStage */.ft)('predict', {
    bundle: { type: (0,options/* text */.Qq)({ arg: 'DIR', example: 'model' }), description: 'Model bundle written by "cd4ml train".', doors: ['cli'] },
    data: { type: (0,options/* text */.Qq)({ arg: 'FILE', example: 'rows.csv' }), description: 'Rows to score (.csv, .tsv, .jsonl, .json, .parquet).', doors: ['cli'] },
    format: { ...(0,common/* formatOption */.Bx)('--data'), doors: ['cli'] },
    out: { type: (0,options/* text */.Qq)({ arg: 'FILE', example: 'scored.jsonl' }), description: 'Output file: .jsonl for JSON Lines, else CSV.', defaultText: 'CSV on stdout', doors: ['cli'] },
}, { command: 'predict' });

;// CONCATENATED MODULE: ./src/cli/commands/predict.js
/**
 * `cd4ml predict` — score a data file with a model bundle (batch scoring). Streams the input
 * through the bundle's preprocessing and compiled tree; writes CSV or JSON Lines.
 */



const predict_command = {
    name: 'predict',
    summary: 'score a data file with a model bundle',
    stage: predictStage,
    details: [
        'Output: the input columns plus "prediction" (and "probability_<class>" for classification).',
        'Rows are checked as the serving runtime checks a request (types and nullability from the',
        "bundle's schema.yml); rows that do not fit (e.g. text in a numeric column, a missing value the",
        'schema requires) are reported on stderr with their line and left out. Values outside the',
        'training range and unseen categories are scored, as in serving.',
        'Exit codes: 0 every row scored, 1 some rows failed, 2 bad usage or input.',
    ].join('\n'),
    async run(opts, io) {
        const { settings } = await (0,command/* stageSettings */.o7)(predictStage, opts, io);
        const bundleDir = settings.bundle;
        const data = settings.data;
        if (!bundleDir)
            throw new errors.UsageError('pass --bundle DIR (the directory written by "cd4ml train")');
        if (!data)
            throw new errors.UsageError('pass --data FILE, the rows to score');
        const format = settings.format;
        const out = settings.out;
        const { readBundle } = await Promise.all(/* import() */[__webpack_require__.e(9025), __webpack_require__.e(4262)]).then(__webpack_require__.bind(__webpack_require__, 19025));
        const { predictFile, outputFormatOf } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(9025), __webpack_require__.e(1284), __webpack_require__.e(9635), __webpack_require__.e(4865)]).then(__webpack_require__.bind(__webpack_require__, 28754));
        const { readBundleSchema } = await Promise.all(/* import() */[__webpack_require__.e(9025), __webpack_require__.e(4374)]).then(__webpack_require__.bind(__webpack_require__, 17309));
        const { refuseOverwritingInputs, openAtomicWriter } = await __webpack_require__.e(/* import() */ 1217).then(__webpack_require__.bind(__webpack_require__, 41217));
        await refuseOverwritingInputs(['--out', out], [['--data', data]]);
        const bundle = await readBundle(bundleDir);
        const schema = await readBundleSchema(bundle);
        // The output goes to a temporary sibling, renamed into place only once every row is written.
        const writer = out ? await openAtomicWriter(out, { mkdirs: false }) : undefined;
        const write = async (chunk) => {
            if (!writer)
                return io.stdout(chunk);
            await writer.write(chunk);
        };
        let report;
        try {
            report = await predictFile(bundle, data, write, { format, output: outputFormatOf(out), outputName: out, schema });
        }
        catch (err) {
            await writer?.abort();
            throw err;
        }
        await writer?.commit();
        const failedCount = report.rows - report.scored;
        for (const f of report.failed)
            io.stderr(`${data}:${f.line}: column "${f.column}" is ${JSON.stringify(f.value)}, expected ${f.expected}; row not scored\n`);
        if ((0,command/* boolOpt */.Ig)(opts, 'json'))
            io.stderr(JSON.stringify(report, null, 2) + '\n');
        else
            io.stderr(`scored ${report.scored} of ${report.rows} rows with model ${bundle.digest.slice(0, 12)}${out ? ` -> ${out}` : ''}${failedCount ? `; ${failedCount} rows failed` : ''}\n`);
        return failedCount > 0 ? 1 : 0;
    },
};


/***/ })

};
