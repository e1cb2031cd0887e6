export const id = 599;
export const ids = [599];
export const modules = {

/***/ 68599:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubPort: () => (/* binding */ createGitHubPort)
});

// UNUSED EXPORTS: DEFAULT_RETRY_POLICY, isRateLimited

// EXTERNAL MODULE: ../../node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(71738);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(54491);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(22812);
;// CONCATENATED MODULE: ./src/github/port.js
/**
 * The GitHub port: the small set of GitHub operations the stages need, behind one interface so
 * the core and the adapters never talk to Octokit directly. The implementation over
 * @actions/github's Octokit is in ./octokit.ts; tests run it against the OpenAPI-validated
 * server in tests/helpers/github-server.ts.
 *
 * Errors: every failed call throws GitHubApiError (status, operation, and whether it was a
 * permission problem \u2014 e.g. the read-only token of a fork PR \u2014 or a rate limit).
 */
/** Every failure of a GitHub call. */
class GitHubApiError extends Error {
    status;
    operation;
    permissionDenied;
    rateLimited;
    constructor(message, status, operation, 
    /** 403/404 on a write that the token may not do: the read-only GITHUB_TOKEN of a fork PR. */
    permissionDenied, rateLimited) {
        super(message);
        this.status = status;
        this.operation = operation;
        this.permissionDenied = permissionDenied;
        this.rateLimited = rateLimited;
        this.name = 'GitHubApiError';
    }
}
function isPermissionDenied(err) {
    return err instanceof GitHubApiError && err.permissionDenied;
}
/** A hidden Markdown marker, e.g. markerFor("gate") = "<!-- cd4ml:gate -->". */
function markerFor(name) {
    if (!/^[a-z0-9][a-z0-9:/_-]*$/.test(name))
        throw new Error(`marker name "${name}" must be lower-case letters, digits, ":", "/", "_" or "-"`);
    return `<!-- cd4ml:${name} -->`;
}
/** `body` with `marker` as its first line (added when missing). */
function withMarker(marker, body) {
    return body.startsWith(marker) ? body : `${marker}\n${body}`;
}

;// CONCATENATED MODULE: ./src/github/octokit.js
/**
 * GitHubPort over @actions/github's Octokit (REST endpoint methods + pagination). Rate limits and
 * retries are Octokit's own plugins, so pagination and every call get them:
 *
 * - `@octokit/plugin-throttling`: primary limits (403/429 with `x-ratelimit-remaining: 0`, waits
 *   until `x-ratelimit-reset`) and secondary limits (403/429 "secondary rate limit", waits
 *   `retry-after`, else a minute), and GitHub's pacing of writes (one at a time, 1 s apart);
 * - `@octokit/plugin-retry`: server errors (5xx) with its backoff (1, 4, 9 s).
 * A rate limit is retried at most `maxRetries` times, and never when GitHub asks to wait longer than
 * `maxWaitMs`: the call then fails and says how long GitHub asked to wait.
 */




const DEFAULT_RETRY_POLICY = { maxRetries: 3, maxWaitMs: 60_000, timeUnitMs: 1000 };
/** Statuses plugin-retry leaves alone: client errors, and 429/403 rate limits (plugin-throttling's). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
function isHttpError(err) {
    return typeof err === 'object' && err !== null && typeof err.status === 'number';
}
function header(headers, name) {
    const v = headers[name] ?? headers[name.toLowerCase()];
    return v === undefined ? undefined : String(v);
}
/** A rate-limit answer (as opposed to a 403 for a missing permission): 429, or 403 with GitHub's rate-limit signs. */
function isRateLimited(status, headers, message = '') {
    if (status === 429)
        return true;
    if (status !== 403)
        return false;
    return header(headers, 'retry-after') !== undefined || header(headers, 'x-ratelimit-remaining') === '0' || /rate limit/i.test(message);
}
/** "GET /repos/o/r/deployments": the method and path of a request, without the API root and query. */
function describeRequest(method, url) {
    return `${String(method)} ${String(url).replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '')}`;
}
function apiMessage(err) {
    const data = err.response?.data;
    return typeof data?.message === 'string' ? data.message : err.message;
}
function toPayload(raw) {
    if (typeof raw === 'string') {
        try {
            const parsed = JSON.parse(raw);
            return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : {};
        }
        catch {
            return {};
        }
    }
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
}
function toDeployment(d, state) {
    return {
        id: d.id,
        sha: d.sha,
        ref: d.ref,
        environment: d.environment,
        task: d.task,
        description: d.description ?? null,
        payload: toPayload(d.payload),
        createdAt: d.created_at,
        state,
    };
}
function createGitHubPort(options) {
    const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    // Why the last rate-limited request was not retried (read, and cleared, by call()). The port's
    // calls run one after the other, so the last one is the one that failed.
    let giveUp;
    const onLimit = (kind) => (retryAfter, req, _octokit, retryCount) => {
        if (retryAfter * 1000 > policy.maxWaitMs) {
            giveUp = `GitHub asks to wait ${retryAfter} s, longer than the ${policy.maxWaitMs / 1000} s this step waits`;
            return false;
        }
        if (retryCount >= policy.maxRetries) {
            giveUp = `still failing after ${policy.maxRetries} retries`;
            return false;
        }
        options.onRetry?.(`GitHub ${kind} on ${describeRequest(req.method, req.url)}; retry ${retryCount + 1}/${policy.maxRetries} in ${retryAfter} s`);
        return true;
    };
    // plugin-retry says nothing when it retries a server error: say it. Applied before the retry
    // plugin, so its hook is the inner one and sees every failed attempt.
    const reportServerErrors = (o) => {
        o.hook.error('request', (err, reqOptions) => {
            if (isHttpError(err) && err.status >= 500) {
                const attempt = reqOptions.request?.retryCount ?? 0;
                if (attempt < policy.maxRetries)
                    options.onRetry?.(`GitHub answered ${err.status} to ${describeRequest(reqOptions.method, reqOptions.url)}; retry ${attempt + 1}/${policy.maxRetries}`);
            }
            throw err;
        });
    };
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit'), retryAfterBaseValue: policy.timeUnitMs },
        retry: { retries: policy.maxRetries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: policy.timeUnitMs },
    }, reportServerErrors, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    const { owner, repo } = options;
    const repoRef = { owner, repo };
    async function call(operation, fn) {
        giveUp = undefined;
        try {
            return await fn();
        }
        catch (err) {
            if (!isHttpError(err))
                throw err;
            const headers = err.response?.headers ?? {};
            const rateLimited = isRateLimited(err.status, headers, apiMessage(err));
            const permissionDenied = err.status === 403 && !rateLimited;
            const retries = err.request?.request?.retryCount ?? 0;
            const note = (rateLimited ? giveUp : undefined) ?? (err.status >= 500 && retries >= policy.maxRetries ? `still failing after ${policy.maxRetries} retries` : undefined);
            giveUp = undefined;
            const hint = permissionDenied
                ? ' \u2014 the token lacks the permission (a pull request from a fork gets a read-only GITHUB_TOKEN; see docs/fork-prs.md)'
                : rateLimited
                    ? ` \u2014 rate limited${note ? ` (${note})` : ''}`
                    : note
                        ? ` (${note})`
                        : '';
            throw new GitHubApiError(`GitHub ${operation} failed: ${err.status} ${apiMessage(err)}${hint}`, err.status, operation, permissionDenied, rateLimited);
        }
    }
    async function latestState(deploymentId) {
        const { data } = await octokit.rest.repos.listDeploymentStatuses({ ...repoRef, deployment_id: deploymentId, per_page: 1 });
        return data[0]?.state ?? 'pending';
    }
    async function scanDeployments(environment, limit, keep, stopAtFirst) {
        const found = [];
        let seen = 0;
        const perPage = Math.min(100, Math.max(1, limit));
        for await (const page of octokit.paginate.iterator(octokit.rest.repos.listDeployments, { ...repoRef, environment, per_page: perPage })) {
            for (const d of page.data) {
                const state = await latestState(d.id);
                if (keep(state)) {
                    found.push(toDeployment(d, state));
                    if (stopAtFirst)
                        return found;
                }
                // Stop here rather than at the next item: no request for a page that would not be read.
                if (++seen >= limit)
                    return found;
            }
        }
        return found;
    }
    async function findComment(issueNumber, marker) {
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...repoRef, issue_number: issueNumber, per_page: 100 })) {
            const hit = page.data.find((c) => typeof c.body === 'string' && c.body.startsWith(marker));
            if (hit)
                return { id: hit.id, url: hit.html_url, body: hit.body ?? '' };
        }
        return undefined;
    }
    return {
        repo: repoRef,
        findComment: (issueNumber, marker) => call('list issue comments', () => findComment(issueNumber, marker)),
        upsertComment: (issueNumber, marker, body) => call('upsert issue comment', async () => {
            const text = withMarker(marker, body);
            const existing = await findComment(issueNumber, marker);
            if (!existing) {
                const { data } = await octokit.rest.issues.createComment({ ...repoRef, issue_number: issueNumber, body: text });
                return { id: data.id, url: data.html_url, action: 'created' };
            }
            if (existing.body === text)
                return { id: existing.id, url: existing.url, action: 'unchanged' };
            const { data } = await octokit.rest.issues.updateComment({ ...repoRef, comment_id: existing.id, body: text });
            return { id: data.id, url: data.html_url, action: 'updated' };
        }),
        setCommitStatus: (sha, status) => call('create commit status', async () => {
            const description = status.description === undefined ? undefined : status.description.length > 140 ? status.description.slice(0, 139) + '\u2026' : status.description;
            await octokit.rest.repos.createCommitStatus({
                ...repoRef,
                sha,
                state: status.state,
                context: status.context,
                ...(description !== undefined ? { description } : {}),
                ...(status.targetUrl !== undefined ? { target_url: status.targetUrl } : {}),
            });
        }),
        findLatestSuccessfulDeployment: (environment, limit = 100) => call('find latest successful deployment', async () => (await scanDeployments(environment, limit, (s) => s === 'success', true))[0]),
        listInProgressDeployments: (environment, limit = 30) => call('list in-progress deployments', () => scanDeployments(environment, limit, (s) => s === 'pending' || s === 'queued' || s === 'in_progress', false)),
        listDeploymentEnvironments: (limit = 100) => call('list deployment environments', async () => {
            const names = new Set();
            let seen = 0;
            for await (const page of octokit.paginate.iterator(octokit.rest.repos.listDeployments, { ...repoRef, per_page: Math.min(100, Math.max(1, limit)) })) {
                for (const d of page.data) {
                    if (toPayload(d.payload).kind === 'cd4ml-deploy')
                        names.add(d.environment);
                    if (++seen >= limit)
                        return [...names].sort();
                }
            }
            return [...names].sort();
        }),
        createDeployment: (input) => call('create deployment', async () => {
            const res = await octokit.rest.repos.createDeployment({
                ...repoRef,
                ref: input.ref,
                environment: input.environment,
                auto_merge: input.autoMerge ?? false,
                required_contexts: input.requiredContexts ?? [],
                ...(input.payload !== undefined ? { payload: input.payload } : {}),
                ...(input.description !== undefined ? { description: input.description } : {}),
                ...(input.task !== undefined ? { task: input.task } : {}),
                ...(input.transientEnvironment !== undefined ? { transient_environment: input.transientEnvironment } : {}),
                ...(input.productionEnvironment !== undefined ? { production_environment: input.productionEnvironment } : {}),
            });
            if (res.status !== 201 || !('id' in res.data)) {
                const msg = res.data.message ?? 'no deployment created';
                throw new GitHubApiError(`GitHub create deployment failed: ${res.status} ${msg}`, res.status, 'create deployment', false, false);
            }
            return toDeployment(res.data, 'pending');
        }),
        createDeploymentStatus: (deploymentId, input) => call('create deployment status', async () => {
            await octokit.rest.repos.createDeploymentStatus({
                ...repoRef,
                deployment_id: deploymentId,
                state: input.state,
                ...(input.description !== undefined ? { description: input.description.slice(0, 140) } : {}),
                ...(input.environmentUrl !== undefined ? { environment_url: input.environmentUrl } : {}),
                ...(input.logUrl !== undefined ? { log_url: input.logUrl } : {}),
                ...(input.autoInactive !== undefined ? { auto_inactive: input.autoInactive } : {}),
            });
        }),
        listRunArtifacts: (runId, name) => call('list workflow run artifacts', async () => {
            const out = [];
            for await (const page of octokit.paginate.iterator(octokit.rest.actions.listWorkflowRunArtifacts, {
                ...repoRef,
                run_id: runId,
                per_page: 100,
                ...(name !== undefined ? { name } : {}),
            })) {
                for (const a of page.data) {
                    if (name !== undefined && a.name !== name)
                        continue;
                    out.push({ id: a.id, name: a.name, sizeInBytes: a.size_in_bytes, expired: a.expired, runId: a.workflow_run?.id ?? undefined, createdAt: a.created_at ?? null });
                }
            }
            return out;
        }),
        getWorkflowRun: (runId) => call('get workflow run', async () => {
            try {
                const { data } = await octokit.rest.actions.getWorkflowRun({ ...repoRef, run_id: runId });
                return { id: data.id, status: data.status ?? 'unknown', conclusion: data.conclusion ?? null, htmlUrl: data.html_url };
            }
            catch (err) {
                if (isHttpError(err) && err.status === 404)
                    return undefined;
                throw err;
            }
        }),
        upsertIssue: (input) => call('upsert issue', async () => {
            const body = withMarker(input.marker, input.body);
            let existing;
            for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
                ...repoRef,
                state: 'open',
                per_page: 100,
            })) {
                const hit = page.data.find((i) => !i.pull_request && typeof i.body === 'string' && i.body.startsWith(input.marker));
                if (hit) {
                    existing = { number: hit.number, labels: hit.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l !== '') };
                    break;
                }
            }
            if (!existing) {
                const { data } = await octokit.rest.issues.create({ ...repoRef, title: input.title, body, ...(input.labels ? { labels: input.labels } : {}) });
                return { number: data.number, url: data.html_url, action: 'created' };
            }
            const labels = [...new Set([...existing.labels, ...(input.labels ?? [])])];
            const { data } = await octokit.rest.issues.update({ ...repoRef, issue_number: existing.number, title: input.title, body, labels });
            return { number: data.number, url: data.html_url, action: 'updated' };
        }),
        dispatchWorkflow: (workflow, ref, inputs) => call('dispatch workflow', async () => {
            await octokit.rest.actions.createWorkflowDispatch({ ...repoRef, workflow_id: workflow, ref, ...(inputs ? { inputs } : {}) });
        }),
        dispatchRepositoryEvent: (eventType, clientPayload) => call('dispatch repository event', async () => {
            await octokit.rest.repos.createDispatchEvent({ ...repoRef, event_type: eventType, ...(clientPayload ? { client_payload: clientPayload } : {}) });
        }),
    };
}


/***/ })

};
