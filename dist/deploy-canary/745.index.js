export const id = 745;
export const ids = [745];
export const modules = {

/***/ 85745:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KubernetesProvider: () => (/* binding */ KubernetesProvider)
/* harmony export */ });
/* unused harmony export REVISION_ANNOTATION */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);

const REVISION_ANNOTATION = 'cd4ml.dev/revision';
const GATEWAY = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' };
/** Container states in which a pod will not become ready by waiting. */
const STUCK = new Set(['CrashLoopBackOff', 'ImagePullBackOff', 'ErrImagePull', 'InvalidImageName', 'CreateContainerConfigError', 'CreateContainerError', 'RunContainerError']);
function statusCode(e) {
    const c = e.code;
    return typeof c === 'number' ? c : undefined;
}
class KubernetesProvider {
    opts;
    name = 'kubernetes';
    host = '';
    constructor(opts) {
        this.opts = opts;
    }
    get ns() {
        return this.opts.namespace;
    }
    get primary() {
        return `${this.opts.service}-primary`;
    }
    get canaryName() {
        return `${this.opts.service}-canary`;
    }
    get port() {
        return this.opts.containerPort ?? 8080;
    }
    sleep(ms) {
        return (this.opts.sleep ?? ((m) => new Promise((r) => setTimeout(r, m))))(ms);
    }
    async readDeployment(name) {
        try {
            return await this.opts.apps.readNamespacedDeployment({ name, namespace: this.ns });
        }
        catch (e) {
            if (statusCode(e) === 404)
                return undefined;
            throw e;
        }
    }
    deploymentBody(name, image, revision) {
        const labels = { app: name, 'app.kubernetes.io/managed-by': 'cd4ml' };
        return {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name, namespace: this.ns, labels, annotations: { [REVISION_ANNOTATION]: revision } },
            spec: {
                replicas: this.opts.replicas ?? 1,
                selector: { matchLabels: { app: name } },
                template: {
                    metadata: { labels: { ...labels, [REVISION_ANNOTATION.replace('/', '-')]: revision } },
                    spec: {
                        containers: [
                            {
                                name: 'model',
                                image,
                                ports: [{ name: 'http', containerPort: this.port }],
                                readinessProbe: { httpGet: { path: '/readyz', port: 'http' }, periodSeconds: 2 },
                                livenessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 10 },
                            },
                        ],
                    },
                },
            },
        };
    }
    async ensureService(name) {
        try {
            await this.opts.core.readNamespacedService({ name, namespace: this.ns });
        }
        catch (e) {
            if (statusCode(e) !== 404)
                throw e;
            const body = {
                apiVersion: 'v1',
                kind: 'Service',
                metadata: { name, namespace: this.ns, labels: { 'app.kubernetes.io/managed-by': 'cd4ml' } },
                spec: { selector: { app: name }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
            };
            await this.opts.core.createNamespacedService({ namespace: this.ns, body });
        }
    }
    async upsertDeployment(name, image, revision) {
        const existing = await this.readDeployment(name);
        const body = this.deploymentBody(name, image, revision);
        if (!existing)
            await this.opts.apps.createNamespacedDeployment({ namespace: this.ns, body });
        else {
            body.metadata.resourceVersion = existing.metadata?.resourceVersion;
            await this.opts.apps.replaceNamespacedDeployment({ name, namespace: this.ns, body });
        }
    }
    async readRoute() {
        try {
            const r = (await this.opts.custom.getNamespacedCustomObject({ ...GATEWAY, namespace: this.ns, name: this.opts.route }));
            this.host = r.spec.hostnames?.[0] ?? this.host;
            return r;
        }
        catch (e) {
            if (statusCode(e) === 404) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`HTTPRoute "${this.opts.route}" not found in namespace "${this.ns}": create it once, attached to your Gateway (parentRefs), and cd4ml will manage its backendRefs`);
            }
            throw e;
        }
    }
    async writeWeights(primaryWeight, canaryWeight) {
        const route = await this.readRoute();
        const rules = route.spec.rules && route.spec.rules.length > 0 ? route.spec.rules : [{}];
        const refs = [{ name: this.primary, port: 80, weight: primaryWeight }];
        if (canaryWeight > 0 || (await this.readDeployment(this.canaryName)))
            refs.push({ name: this.canaryName, port: 80, weight: canaryWeight });
        rules[0] = { ...rules[0], backendRefs: refs };
        const body = { ...route, spec: { ...route.spec, rules } };
        await this.opts.custom.replaceNamespacedCustomObject({ ...GATEWAY, namespace: this.ns, name: this.opts.route, body });
    }
    revisionOf(d) {
        const id = d?.metadata?.annotations?.[REVISION_ANNOTATION];
        if (!d || !id)
            return undefined;
        return { id, artifact: d.spec?.template.spec?.containers[0]?.image ?? '' };
    }
    async current() {
        await this.readRoute(); // fail early and clearly when the route is missing
        return this.revisionOf(await this.readDeployment(this.primary));
    }
    async launch(artifact) {
        if (artifact.kind !== 'image')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError('the kubernetes provider deploys images');
        const id = `r${(this.opts.now ?? Date.now)().toString(36)}`;
        const primary = await this.readDeployment(this.primary);
        const target = primary ? this.canaryName : this.primary;
        await this.upsertDeployment(target, artifact.ref, id);
        await this.ensureService(target);
        if (primary)
            await this.writeWeights(100, 0);
        return { id, artifact: artifact.ref };
    }
    async deploymentOf(rev) {
        for (const name of [this.canaryName, this.primary]) {
            const d = await this.readDeployment(name);
            if (d?.metadata?.annotations?.[REVISION_ANNOTATION] === rev.id)
                return d;
        }
        return undefined;
    }
    static rolledOut(d) {
        const want = d.spec?.replicas ?? 1;
        const st = d.status ?? {};
        const ready = st.readyReplicas ?? 0;
        const updated = st.updatedReplicas ?? 0;
        const observed = (st.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0);
        const ok = observed && ready >= want && updated >= want;
        return { ok, detail: `${d.metadata?.name}: ${ready}/${want} ready, ${updated} updated${observed ? '' : ', not yet observed'}` };
    }
    async health(rev) {
        const d = await this.deploymentOf(rev);
        if (!d)
            return { ok: false, detail: `no Deployment carries revision ${rev.id}` };
        const r = KubernetesProvider.rolledOut(d);
        if (r.ok)
            return r;
        // Not ready yet, or never will be: a crash-looping or unpullable pod fails now, not at the ready timeout.
        const pods = await this.opts.core.listNamespacedPod({ namespace: this.ns, labelSelector: `app=${d.metadata.name}` }).catch(() => undefined);
        for (const pod of pods?.items ?? []) {
            if (pod.metadata?.labels?.[REVISION_ANNOTATION.replace('/', '-')] !== rev.id)
                continue;
            for (const c of pod.status?.containerStatuses ?? []) {
                const reason = c.state?.waiting?.reason;
                if (reason && STUCK.has(reason)) {
                    return { ok: false, fatal: true, detail: `pod ${pod.metadata?.name} of ${rev.id}: container ${c.name} ${reason} (${c.restartCount} restarts)${c.state?.waiting?.message ? `: ${c.state.waiting.message}` : ''}` };
                }
            }
        }
        return r;
    }
    async setTraffic(_stable, _canary, canaryPercent) {
        await this.writeWeights(100 - canaryPercent, canaryPercent);
    }
    async readTraffic() {
        const route = await this.readRoute();
        const refs = route.spec.rules?.[0]?.backendRefs ?? [];
        // Gateway API: weight defaults to 1; shares are weight / sum of weights.
        const total = refs.reduce((s, r) => s + (r.weight ?? 1), 0);
        const share = (name) => {
            const w = refs.filter((r) => r.name === name).reduce((s, r) => s + (r.weight ?? 1), 0);
            return total === 0 ? 0 : Math.round((w * 100) / total);
        };
        const stable = this.revisionOf(await this.readDeployment(this.primary));
        const canary = this.revisionOf(await this.readDeployment(this.canaryName));
        return { stable: stable?.id, canary: canary?.id, stablePercent: share(this.primary), canaryPercent: canary ? share(this.canaryName) : 0 };
    }
    async promote(canary, stable) {
        if (!stable) {
            await this.writeWeights(100, 0);
            return;
        }
        // Primary takes the canary's template while the canary serves 100%; then traffic returns to primary.
        await this.upsertDeployment(this.primary, canary.artifact, canary.id);
        const deadline = (this.opts.now ?? Date.now)() + (this.opts.rolloutTimeoutMs ?? 300_000);
        for (;;) {
            const d = await this.readDeployment(this.primary);
            const r = d ? KubernetesProvider.rolledOut(d) : { ok: false, detail: 'primary Deployment missing' };
            if (r.ok)
                break;
            if ((this.opts.now ?? Date.now)() > deadline)
                throw new Error(`primary did not roll out to ${canary.id}: ${r.detail}`);
            await this.sleep(1000);
        }
        await this.writeWeights(100, 0);
        await this.deleteCanary();
        await this.writeWeights(100, 0);
    }
    async deleteCanary() {
        try {
            await this.opts.apps.deleteNamespacedDeployment({ name: this.canaryName, namespace: this.ns });
        }
        catch (e) {
            if (statusCode(e) !== 404)
                throw e;
        }
    }
    async rollback() {
        await this.writeWeights(100, 0);
        await this.deleteCanary();
        await this.writeWeights(100, 0);
    }
    async discard(rev) {
        const d = await this.deploymentOf(rev);
        if (d?.metadata?.name)
            await this.opts.apps.deleteNamespacedDeployment({ name: d.metadata.name, namespace: this.ns });
    }
    url() {
        return this.host ? `http://${this.host}` : '';
    }
    /** POST to the revision's own Service through the API server's service proxy. */
    async post(rev, path, body) {
        const d = await this.deploymentOf(rev);
        if (!d?.metadata?.name)
            throw new Error(`no Deployment carries revision ${rev.id}`);
        if (!this.opts.apiPost)
            throw new Error('no API server client to reach the revision');
        return this.opts.apiPost(`/api/v1/namespaces/${encodeURIComponent(this.ns)}/services/${encodeURIComponent(d.metadata.name)}:http/proxy${path}`, body);
    }
}


/***/ })

};
