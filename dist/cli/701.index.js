export const id = 701;
export const ids = [701];
export const modules = {

/***/ 701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(986);

const command = {
    name: 'validate',
    summary: 'check a dataset against a data contract and for drift',
    options: {
        data: { type: 'string', arg: 'FILE', description: 'dataset to check' },
    },
    async run() {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('"cd4ml validate" is not implemented yet in this version of cd4ml');
    },
};


/***/ })

};
