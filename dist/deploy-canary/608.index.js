export const id = 608;
export const ids = [608];
export const modules = {

/***/ 8608:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CloudRunProvider: () => (/* binding */ CloudRunProvider)
/* harmony export */ });
const REVISION = 'TRAFFIC_TARGET_ALLOCATION_TYPE_REVISION';
const LATEST = 'TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST';
/** Enum values arrive as names or numbers depending on the transport's enum encoding. */
function isType(v, name, num) {
    return v === name || v === num;
}
function grpcCode(e) {
    const c = e.code;
    return typeof c === 'number' ? c : undefined;
}
class CloudRunProvider {
    opts;
    name = 'cloud-run';
    uri = '';
    constructor(opts) {
        this.opts = opts;
    }
    get parent() {
        return `projects/${this.opts.project}/locations/${this.opts.region}`;
    }
    get serviceName() {
        return `${this.parent}/services/${this.opts.service}`;
    }
    revisionName(id) {
        return `${this.serviceName}/revisions/${id}`;
    }
    async getService() {
        try {
            const [svc] = await this.opts.services.getService({ name: this.serviceName });
            this.uri = svc.uri ?? this.uri;
            return svc;
        }
        catch (e) {
            if (grpcCode(e) === 5)
                return undefined; // NOT_FOUND
            throw e;
        }
    }
    async setTargets(traffic, template) {
        const svc = await this.getService();
        if (!svc)
            throw new Error(`Cloud Run service ${this.serviceName} does not exist`);
        const update = { name: this.serviceName, template: template ?? svc.template, traffic };
        if (svc.etag)
            update.etag = svc.etag;
        const [op] = await this.opts.services.updateService({ service: update });
        const [result] = await op.promise();
        this.uri = result.uri ?? this.uri;
        return result;
    }
    async current() {
        const svc = await this.getService();
        if (!svc)
            return undefined;
        const statuses = svc.trafficStatuses ?? [];
        const top = [...statuses].sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0))[0];
        let id = top?.revision ?? undefined;
        if (top && isType(top.type, LATEST, 1))
            id = svc.latestReadyRevision?.split('/').pop();
        if (!id)
            return undefined;
        const [rev] = await this.opts.revisions.getRevision({ name: this.revisionName(id) });
        return { id, artifact: rev.containers?.[0]?.image ?? '' };
    }
    async launch(artifact) {
        if (artifact.kind !== 'image')
            throw new Error('the cloud-run provider deploys images');
        const suffix = ((this.opts.now ?? Date.now)() % 0xffffffff).toString(36);
        const id = `${this.opts.service}-cd4ml-${suffix}`.slice(0, 63);
        const svc = await this.getService();
        if (!svc) {
            // First deployment: the service is created serving its first revision (Cloud Run waits for readiness).
            const [op] = await this.opts.services.createService({
                parent: this.parent,
                serviceId: this.opts.service,
                service: { template: { revision: id, containers: [{ image: artifact.ref }] }, traffic: [{ type: REVISION, revision: id, percent: 100 }] },
            });
            const [created] = await op.promise();
            this.uri = created.uri ?? '';
            this.opts.log?.(`created Cloud Run service ${this.serviceName}`);
            return { id, artifact: artifact.ref };
        }
        const template = { ...svc.template, revision: id, containers: [{ ...(svc.template?.containers?.[0] ?? {}), image: artifact.ref }, ...(svc.template?.containers?.slice(1) ?? [])] };
        // Pin the current split by revision name (a LATEST target would move to the new revision),
        // keep other tags, and add the new revision with 0% and the tag "canary".
        const latestReady = svc.latestReadyRevision?.split('/').pop();
        const pinned = (svc.traffic ?? []).map((t) => ({
            type: REVISION,
            revision: isType(t.type, LATEST, 1) ? latestReady : t.revision,
            percent: t.percent,
            ...(t.tag && t.tag !== 'canary' ? { tag: t.tag } : {}),
        }));
        await this.setTargets([...pinned, { type: REVISION, revision: id, percent: 0, tag: 'canary' }], template);
        return { id, artifact: artifact.ref };
    }
    async health(rev) {
        try {
            const [r] = await this.opts.revisions.getRevision({ name: this.revisionName(rev.id) });
            const ready = (r.conditions ?? []).find((c) => c.type === 'Ready');
            if (!ready)
                return { ok: false, detail: `revision ${rev.id} has no Ready condition yet` };
            const ok = isType(ready.state, 'CONDITION_SUCCEEDED', 4);
            // CONDITION_FAILED: Cloud Run gave up on the revision (container failed to start, bad image): waiting will not help.
            const fatal = isType(ready.state, 'CONDITION_FAILED', 3);
            return { ok, fatal, detail: ok ? `revision ${rev.id} is Ready` : `revision ${rev.id} Ready=${String(ready.state)}: ${ready.message ?? ''}` };
        }
        catch (e) {
            return { ok: false, detail: `revision ${rev.id}: ${e.message}` };
        }
    }
    async setTraffic(stable, canary, canaryPercent) {
        await this.setTargets([
            { type: REVISION, revision: stable.id, percent: 100 - canaryPercent },
            { type: REVISION, revision: canary.id, percent: canaryPercent, tag: 'canary' },
        ]);
    }
    async readTraffic() {
        const svc = await this.getService();
        const statuses = svc?.trafficStatuses ?? [];
        const byRev = new Map();
        for (const s of statuses) {
            const id = isType(s.type, LATEST, 1) ? svc?.latestReadyRevision?.split('/').pop() : (s.revision ?? undefined);
            if (id)
                byRev.set(id, (byRev.get(id) ?? 0) + (s.percent ?? 0));
        }
        const tagged = statuses.find((s) => s.tag === 'canary')?.revision ?? undefined;
        const sorted = [...byRev].sort((a, b) => b[1] - a[1]);
        const stable = sorted.find(([id]) => id !== tagged)?.[0];
        return { stable, canary: tagged, stablePercent: stable ? (byRev.get(stable) ?? 0) : 0, canaryPercent: tagged ? (byRev.get(tagged) ?? 0) : 0 };
    }
    async promote(canary) {
        await this.setTargets([{ type: REVISION, revision: canary.id, percent: 100 }]);
    }
    async rollback(stable) {
        // The canary revision stays (Cloud Run keeps revisions) with no traffic and no tag.
        await this.setTargets([{ type: REVISION, revision: stable.id, percent: 100 }]);
    }
    async discard() {
        // A first revision that never became ready: remove the service it created.
        const [op] = await this.opts.services.deleteService({ name: this.serviceName });
        await op.promise();
    }
    url() {
        return this.uri;
    }
    /** The revision's own URL: its traffic tag's URL (the canary), else the service URL when it serves everything. */
    async post(rev, path, body) {
        const svc = await this.getService();
        const statuses = svc?.trafficStatuses ?? [];
        const tagged = statuses.find((t) => t.revision === rev.id && t.uri)?.uri;
        const only = statuses.length === 1 && statuses[0].revision === rev.id ? svc?.uri : undefined;
        const base = tagged ?? only;
        if (!base)
            throw new Error(`revision ${rev.id} has no URL of its own (no traffic tag)`);
        const res = await (this.opts.fetchImpl ?? fetch)(new URL(path, base), { method: 'POST', body, headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(30_000) });
        return { status: res.status, body: await res.text() };
    }
}


/***/ })

};
