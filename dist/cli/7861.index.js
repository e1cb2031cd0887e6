export const id = 7861;
export const ids = [7861];
export const modules = {

/***/ 77861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ pipeline_command)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/cli/command.js
var command = __webpack_require__(18805);
// EXTERNAL MODULE: ./src/config/options.js
var options = __webpack_require__(97102);
// EXTERNAL MODULE: ./src/config/sections/common.js
var common = __webpack_require__(36380);
;// CONCATENATED MODULE: ./src/config/sections/pipeline.js
/**
 * The pipeline's options: `cd4ml pipeline` flags and the pipeline action's inputs (root action.yml
 * and actions/pipeline/action.yml), derived from this one table (src/config/options.ts). No
 * section of its own in cd4ml.yml: every stage reads its own.
 */


const pipelineStage = (0,options/* declareStage */.ft)('pipeline', {
    config: { type: (0,options/* text */.Qq)({ arg: 'FILE', example: 'ci/cd4ml.yml' }), description: 'Path of cd4ml.yml; every stage reads its own section.', doors: ['input'], inputDefault: 'cd4ml.yml' },
    stages: {
        type: (0,options/* text */.Qq)({ arg: 'LIST', example: 'validate,train' }),
        description: 'Stages to run, comma-separated, in pipeline order: validate, train, gate, build-image, deploy.',
        defaultText: 'validate,train,gate on pull requests (the action), all five otherwise',
        doors: ['cli', 'input'],
    },
    'github-token': (0,common/* githubToken */.bU)('Token for the gate (PR comment, commit status, production lookup) and deploy (deployment record) stages.'),
    'working-directory': { type: (0,options/* text */.Qq)({ arg: 'DIR', example: 'ml' }), description: 'Directory the stages run in (relative paths in cd4ml.yml are relative to it).', doors: ['input'] },
}, { command: 'pipeline' });

// EXTERNAL MODULE: ./src/cli/args.js
var args = __webpack_require__(19739);
// EXTERNAL MODULE: ./src/cli/stage-commands.js
var stage_commands = __webpack_require__(95729);
// EXTERNAL MODULE: ./src/config/load.js + 1 modules
var load = __webpack_require__(83375);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
;// CONCATENATED MODULE: ./src/pipeline/plan.js
/**
 * The pipeline: which stages run, in which order, and how each stage's results feed the next.
 * Shared by `cd4ml pipeline` (stages run in-process as CLI commands) and the root action
 * (stages run as their own action bundles). Option, input and output names are the same
 * kebab-case names everywhere, so one wiring table serves both.
 */

const STAGES = ['validate', 'train', 'gate', 'build-image', 'deploy'];
/** The action that implements each stage. */
const STAGE_ACTION = {
    validate: 'validate-data',
    train: 'train',
    gate: 'evaluate-gate',
    'build-image': 'build-image',
    deploy: 'deploy-canary',
};
/** Default stages: a pull request checks the change; anything else also ships it. */
const PR_STAGES = (/* unused pure expression or super */ null && (['validate', 'train', 'gate']));
const ALL_STAGES = [...STAGES];
/**
 * Parse a stage list such as "validate,train,gate" (action names are accepted too). Stages always
 * run in pipeline order, each at most once.
 */
function parseStages(label, raw) {
    const byName = new Map();
    for (const s of STAGES) {
        byName.set(s, s);
        byName.set(STAGE_ACTION[s], s);
    }
    const items = raw
        .split(/[,\s]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (items.length === 0)
        throw new errors.UsageError(`${label} names no stage; use some of ${STAGES.join(', ')}`);
    const chosen = new Set();
    for (const item of items) {
        const stage = byName.get(item);
        if (!stage)
            throw new errors.UsageError(`${label}: unknown stage "${item}"; stages are ${STAGES.join(', ')}`);
        chosen.add(stage);
    }
    return STAGES.filter((s) => chosen.has(s));
}
/**
 * Options (CLI) / inputs (action) for a stage, given what earlier stages produced. Everything
 * else comes from the stage's own section of cd4ml.yml.
 */
function stageOptions(stage, ctx) {
    const out = {};
    if (ctx.config)
        out.config = ctx.config;
    const bundle = ctx.results['bundle-path'];
    switch (stage) {
        case 'validate':
        case 'train':
            break;
        case 'gate':
            if (bundle)
                out.candidate = bundle;
            break;
        case 'build-image':
            if (bundle)
                out.bundle = bundle;
            break;
        case 'deploy':
            if ((ctx.provider ?? 'local') !== 'local' && ctx.results.image) {
                out.image = ctx.results.digest && !ctx.results.image.includes('@') ? `${ctx.results.image.replace(/:[^:/]+$/, '')}@${ctx.results.digest}` : ctx.results.image;
            }
            else if (bundle)
                out.bundle = bundle;
            break;
    }
    return out;
}
/** Turn options into CLI arguments: { config: 'x' } \u2192 ['--config', 'x']. */
function toArgv(options) {
    return Object.entries(options).flatMap(([k, v]) => [`--${k}`, v]);
}

;// CONCATENATED MODULE: ./src/cli/commands/pipeline.js
/**
 * `cd4ml pipeline` \u2014 run validate \u2192 train \u2192 gate \u2192 build-image \u2192 deploy from cd4ml.yml, each
 * stage as its own subcommand in this process, stopping at the first stage that does not pass.
 */







const VERDICT = { 0: 'ok', 1: 'FAILED (a check said no)', 2: 'FAILED (bad usage or input)' };
const pipeline_command = {
    name: 'pipeline',
    summary: 'run validate \u2192 train \u2192 gate \u2192 build-image \u2192 deploy from cd4ml.yml',
    stage: pipelineStage,
    details: 'Each stage reads its own section of the config; the bundle trained by "train" is the candidate of "gate"\nand what "build-image" and "deploy" ship. Stops at the first stage that exits non-zero and exits with its code.',
    async run(opts, io) {
        const configPath = (0,command/* stringOpt */.rJ)(opts, 'config');
        const { config, path } = await (0,load/* loadConfig */.Z9)(configPath);
        const stages = parseStages('--stages', (await (0,command/* stageSettings */.o7)(pipelineStage, opts, io)).settings.stages ?? ALL_STAGES.join(','));
        const results = {};
        const done = [];
        for (const stage of stages) {
            const options = stageOptions(stage, { config: path, provider: config.deploy?.provider, results });
            const { command } = await stage_commands/* STAGE_COMMANDS */.U[stage].load();
            io.stdout(`\n\u25b6 ${stage}: cd4ml ${stage} ${toArgv(options).join(' ')}\n`);
            const started = Date.now();
            const code = await command.run((0,args/* parseCommandArgs */.Q)(command, toArgv(options)), io);
            const seconds = (Date.now() - started) / 1000;
            done.push({ stage, code, seconds });
            io.stdout(`\u25c0 ${stage}: ${VERDICT[code] ?? `exit ${code}`} (${seconds.toFixed(1)} s)\n`);
            if (stage === 'train')
                results['bundle-path'] = (0,external_node_path_.resolve)(io.cwd, config.train?.out ?? 'model');
            if (code !== 0)
                break;
        }
        io.stdout(`\npipeline: ${done.map((d) => `${d.stage} ${d.code === 0 ? 'ok' : 'failed'}`).join(' \u2192 ')}\n`);
        const failed = done.find((d) => d.code !== 0);
        return failed ? failed.code : 0;
    },
};


/***/ })

};
