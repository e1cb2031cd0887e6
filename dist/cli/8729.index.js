export const id = 8729;
export const ids = [8729];
export const modules = {

/***/ 88729:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveUntilSignal: () => (/* binding */ serveUntilSignal)
/* harmony export */ });
function serveUntilSignal(running, log) {
    return new Promise((resolve) => {
        const stop = (signal) => {
            process.off('SIGTERM', stop);
            process.off('SIGINT', stop);
            log(`${signal}: no longer accepting connections, draining in-flight requests`);
            running.close().then(() => {
                log('stopped');
                resolve(0);
            }, () => resolve(0));
        };
        process.on('SIGTERM', stop);
        process.on('SIGINT', stop);
    });
}


/***/ })

};
