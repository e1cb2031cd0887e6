export const id = 5050;
export const ids = [5050];
export const modules = {

/***/ 65050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Rd: () => (/* binding */ withTag),
/* harmony export */   mO: () => (/* binding */ registryBaseUrl),
/* harmony export */   parseReference: () => (/* binding */ parseReference)
/* harmony export */ });
/* unused harmony export isLoopbackRegistry */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/**
 * Image references, parsed the way Docker and the OCI tools read them:
 *   [registry[:port]/]repository[:tag][@sha256:digest]
 * A first path component with a dot or a colon, or "localhost", is a registry host; otherwise the
 * image is on Docker Hub ("node:24-slim" \u2192 registry-1.docker.io/library/node:24-slim).
 */

const DOCKER_HUB = 'docker.io';
const REPO_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Parse an image reference; a malformed one is a UsageError naming `label`. */
function parseReference(raw, label = 'image reference') {
    const text = raw.trim();
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} "${raw}" is not a valid image reference: ${why}; expected [registry/]repository[:tag][@sha256:digest], e.g. ghcr.io/octo-org/model:1.0`);
    };
    if (text === '')
        fail('it is empty');
    let rest = text;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            fail(`digest "${digest}" is not sha256:<64 hex digits>`);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            fail(`tag "${tag}" may hold only letters, digits, "_", "." and "-" (max 128)`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) {
        registry = parts.shift();
    }
    if (parts.length === 0 || parts.some((p) => p === ''))
        fail('the repository path is empty');
    for (const p of parts)
        if (!REPO_COMPONENT.test(p))
            fail(`repository component "${p}" must be lowercase letters, digits and separators`);
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    return { registry, repository: parts.join('/'), tag, digest };
}
/** The reference as text: registry/repository[:tag][@digest]. */
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** Same reference with another tag (or digest). */
function withTag(ref, tag) {
    if (!TAG.test(tag))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`tag "${tag}" may hold only letters, digits, "_", "." and "-" (max 128)`);
    return { registry: ref.registry, repository: ref.repository, tag };
}
/** Loopback registries speak plain HTTP (as Docker treats 127.0.0.0/8 as insecure); others HTTPS. */
function isLoopbackRegistry(registry) {
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
    return host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]';
}
/** Base URL of a registry's API (Docker Hub's API host differs from its name). */
function registryBaseUrl(registry) {
    const host = registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
    return `${isLoopbackRegistry(registry) ? 'http' : 'https'}://${host}`;
}


/***/ })

};
