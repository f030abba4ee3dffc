export const id = 7051;
export const ids = [7051];
export const modules = {

/***/ 87051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeShardFiles: () => (/* binding */ mergeShardFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23919);
/* harmony import */ var _baseline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70780);
/* harmony import */ var _combine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52486);
/**
 * `backend-gate loadtest merge FILE…`: the shards of a job matrix, each a results file or a
 * loadtest JSON report, combined per scenario into one report (histograms merged exactly,
 * counts and throughputs added), then gated on the config's thresholds as a single run would be.
 */




function mergeShardFiles(files, workingDirectory) {
    if (files.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('loadtest merge needs the shard files: backend-gate loadtest merge shard-1.json shard-2.json …');
    }
    const byName = new Map();
    const shards = new Set();
    for (const f of files) {
        const file = (0,_baseline_js__WEBPACK_IMPORTED_MODULE_2__/* .readResultsFile */ .B9)(node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(workingDirectory, f), 'shard file');
        if (file.shard) {
            const key = `${file.shard.index}/${file.shard.count}`;
            if (shards.has(key))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`shard ${key} appears twice; each shard file must be given once.`, { file: f });
            shards.add(key);
        }
        for (const r of file.results)
            byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
    }
    return { results: [...byName.values()].map((parts) => (0,_combine_js__WEBPACK_IMPORTED_MODULE_3__/* .combineResults */ .yu)(parts, 'shards')), sources: files };
}


/***/ })

};
