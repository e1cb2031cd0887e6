export const id = 213;
export const ids = [213];
export const modules = {

/***/ 95213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubPort: () => (/* binding */ createGitHubPort)
});

// UNUSED EXPORTS: DEFAULT_RETRY_POLICY, isRateLimited

// EXTERNAL MODULE: ../../node_modules/@actions/github/lib/github.js
var github = __webpack_require__(68803);
// EXTERNAL MODULE: ../../node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(54491);
// EXTERNAL MODULE: ../../node_modules/bottleneck/light.js
var light = __webpack_require__(46503);
;// CONCATENATED MODULE: ../../node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./src/github/port.js
var port = __webpack_require__(25698);
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
    }, reportServerErrors, dist_bundle/* retry */.L, throttling);
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
            throw new port/* GitHubApiError */.OS(`GitHub ${operation} failed: ${err.status} ${apiMessage(err)}${hint}`, err.status, operation, permissionDenied, rateLimited);
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
            const text = (0,port/* withMarker */.Pe)(marker, body);
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
                throw new port/* GitHubApiError */.OS(`GitHub create deployment failed: ${res.status} ${msg}`, res.status, 'create deployment', false, false);
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
            const body = (0,port/* withMarker */.Pe)(input.marker, input.body);
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
