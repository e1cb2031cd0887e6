export const id = 316;
export const ids = [316];
export const modules = {

/***/ 316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(986);

/** Placeholder until this stage lands: it refuses clearly instead of pretending to work. */
const command = {
    name: 'serve',
    summary: 'not available yet in this version',
    options: {},
    async run() {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('"cd4ml serve" is not implemented yet in this version of cd4ml');
    },
};


/***/ })

};
