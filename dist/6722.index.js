export const id = 6722;
export const ids = [6722];
export const modules = {

/***/ 86722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DRIFT_RULES: () => (/* binding */ DRIFT_RULES),
/* harmony export */   DRIFT_RULE_LIST: () => (/* binding */ DRIFT_RULE_LIST)
/* harmony export */ });
const DRIFT_RULES = {
    undocumented: {
        id: 'route-undocumented',
        level: 'warning',
        doc: 'the code registers a route the spec does not document',
    },
    notImplemented: {
        id: 'route-not-implemented',
        level: 'error',
        doc: 'the spec documents an operation no route in the code registers',
    },
    paramMismatch: {
        id: 'route-param-mismatch',
        level: 'warning',
        doc: 'spec and code disagree on a parameter of the same route (name, type, required query parameter)',
    },
    unresolved: {
        id: 'route-unresolved',
        level: 'notice',
        doc: 'a route whose path is computed at run time, so it cannot be checked against the spec',
    },
};
const DRIFT_RULE_LIST = Object.values(DRIFT_RULES);


/***/ })

};
