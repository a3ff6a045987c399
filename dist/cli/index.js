#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u4: () => (/* binding */ compileCache)
});

// UNUSED EXPORTS: DISABLE_VARIABLE, cacheDirectory, cacheFileName

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/cli/compile-cache.ts



/** Set to 0 or off to compile afresh every run and keep nothing. */
const DISABLE_VARIABLE = 'HNG_COMPILE_CACHE';
const FOLDER = 'host-namespace-guard';
/** A cache is a few hundred KiB; anything far larger is not ours. */
const MAX_BYTES = 64 * 1024 * 1024;
/** Kept again only when it grows by more than this: a run compiling the same code keeps nothing. */
const GROWTH = 1.05;
const NONE = { data: undefined, keep: () => undefined };
/** The cache for `build` (the program's text as compiled, or what that text is made from). */
function compileCache(build, options = {}) {
    const env = options.env ?? process.env;
    const dir = cacheDirectory(env);
    if (!dir || !privateDirectory(dir, 'uid' in options ? options.uid : process.getuid?.()))
        return NONE;
    const file = external_node_path_default().join(dir, cacheFileName(build, options.execArgv ?? process.execArgv));
    const data = readCache(file);
    // Only its size is needed after the compile: the buffer itself is not held for the whole run.
    const kept = data?.length;
    return {
        data,
        keep(script) {
            try {
                const fresh = script.createCachedData();
                if (kept !== undefined && script.cachedDataRejected === false && fresh.length <= kept * GROWTH)
                    return;
                const temporary = `${file}.${process.pid}.tmp`;
                (0,external_node_fs_.writeFileSync)(temporary, fresh, { mode: 0o600, flag: 'w' });
                (0,external_node_fs_.renameSync)(temporary, file);
                if (kept === undefined)
                    forgetOtherBuilds(dir, external_node_path_default().basename(file));
            }
            catch {
                // A full disk or a read-only home: the next run compiles afresh, as this one did.
            }
        },
    };
}
function cacheDirectory(env) {
    const setting = env[DISABLE_VARIABLE]?.trim().toLowerCase();
    if (setting === '0' || setting === 'off' || setting === 'false')
        return undefined;
    // A relative path would depend on where the command is run from: the XDG rules ignore one.
    const absolute = (dir) => (dir && external_node_path_default().isAbsolute(dir) ? dir : undefined);
    const home = absolute(env.HOME);
    const base = absolute(env.XDG_CACHE_HOME) ?? (home ? external_node_path_default().join(home, '.cache') : absolute(env.LOCALAPPDATA));
    return base ? external_node_path_default().join(base, FOLDER) : undefined;
}
/**
 * One file per build of the program, Node version and set of flags: `cli-<node>-<flags>-<build>`.
 * The flags have a part of their own, so that runs with and without some (`--import`) do not
 * take each other's file away (forgetOtherBuilds).
 */
function cacheFileName(build, execArgv) {
    const flags = (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(`${process.arch}\0${execArgv.join('\0')}`)
        .digest('hex')
        .slice(0, 8);
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    for (const part of typeof build === 'string' || build instanceof Uint8Array ? [build] : build)
        hash.update(part);
    return `cli-${process.version}-${flags}-${hash.digest('hex').slice(0, 24)}.v8cache`;
}
/** Made private when missing; otherwise used only when only this user can write in it. */
function privateDirectory(dir, uid) {
    try {
        (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o700 });
        const stat = (0,external_node_fs_.lstatSync)(dir);
        if (!stat.isDirectory())
            return false;
        return uid === undefined || (stat.uid === uid && (stat.mode & 0o022) === 0);
    }
    catch {
        return false;
    }
}
function readCache(file) {
    try {
        const stat = (0,external_node_fs_.lstatSync)(file);
        if (!stat.isFile() || stat.size > MAX_BYTES)
            return undefined;
        return (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return undefined;
    }
}
/** A new build's cache replaces the older builds' for the same Node and flags: one file each, not one per release. */
function forgetOtherBuilds(dir, kept) {
    // Everything up to the build's hash, which is hex and holds no dash.
    const prefix = kept.slice(0, kept.lastIndexOf('-') + 1);
    for (const name of (0,external_node_fs_.readdirSync)(dir)) {
        if (name !== kept && name.startsWith(prefix) && name.endsWith('.v8cache'))
            (0,external_node_fs_.unlinkSync)(external_node_path_default().join(dir, name));
    }
}


/***/ }),

/***/ 115:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _lazy_builtins_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(71);
/* harmony import */ var _lean_heap_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(562);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(869);
/* harmony import */ var _program_script_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(916);
/* istanbul ignore file -- the launcher only wires the cache to the program; both are tested, and the built CLI end to end. */








/**
 * What `host-namespace-guard` runs (dist/cli/index.js). It compiles the CLI's bundle (dist/cli/
 * program.js) as a script with the code V8 compiled for it in an earlier run (compile-cache.ts),
 * and runs it as if it were the module. Scan workers start this file too, and read the cache
 * without writing it. With source maps on (`node --enable-source-maps`), or a bundle not in the
 * form a script can take, the module is imported as it is: Node maps no stack trace of a script.
 */
// V8 checks cached code against the process's flags: the program's own are set before compiling.
(0,_lean_heap_js__WEBPACK_IMPORTED_MODULE_5__/* .useLeanHeap */ .q)();
// Named at run time: a literal path would make the bundler copy the program in as an asset.
const program = new URL(['.', 'program.js'].join('/'), import.meta.url);
function compiled() {
    if (process.sourceMapsEnabled)
        return undefined;
    const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(program);
    const source = (0,_program_script_js__WEBPACK_IMPORTED_MODULE_7__/* .programScript */ .a)(bytes.toString('utf8'));
    if (source === undefined)
        return undefined;
    // The script is this launcher's reading of the program: both files' bytes name it.
    const { data, keep } = (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_6__/* .compileCache */ .u4)([(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(new URL(import.meta.url)), bytes]);
    let script;
    try {
        script = new node_vm__WEBPACK_IMPORTED_MODULE_3__.Script(source, { filename: (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(program), cachedData: data });
    }
    catch {
        return undefined;
    }
    // Scan workers read the cache and leave keeping it to the main thread.
    if (!(0,_lazy_builtins_js__WEBPACK_IMPORTED_MODULE_4__/* .startedAsScanWorker */ .PT)())
        process.once('exit', () => keep(script));
    return script.runInThisContext();
}
const run = compiled();
if (run)
    await run(import.meta.url, node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire);
// The bundler must leave the import to Node: it would look for the module among its own.
else
    await import(/* webpackIgnore: true */ program.href);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ programScript)
/* harmony export */ });
/* unused harmony export CREATE_REQUIRE_IMPORT */
/**
 * The CLI's bundle (dist/cli/program.js, an ES module as ncc writes it) as a script that
 * evaluates to `async function (importMetaUrl, createRequire)`: Node 20 compiles a script with
 * V8's cached code (vm.Script's cachedData), never an ES module. ncc's module form is narrow:
 * one import (`createRequire`), `import.meta.url`, a top-level `await`, no export. Each becomes
 * a parameter or stays legal in an async function; the body runs in strict mode, as a module
 * does. Anything else (a second import, an export) is left in and fails to compile as a script,
 * and the launcher then imports the module as it is.
 */
const CREATE_REQUIRE_IMPORT = 'import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";';
const META_URL = 'import.meta.url';
const META_PARAMETER = '__importMetaUrl';
/** The script's text, or undefined when the bundle is not in ncc's form. */
function programScript(esm) {
    const at = esm.indexOf(CREATE_REQUIRE_IMPORT);
    if (at === -1 || esm.indexOf(CREATE_REQUIRE_IMPORT, at + 1) !== -1 || esm.includes(META_PARAMETER))
        return undefined;
    const body = esm.slice(0, at) + esm.slice(at + CREATE_REQUIRE_IMPORT.length);
    // A shebang is legal only at the very start of a file; the line is kept, empty.
    const unbanged = body.startsWith('#!') ? body.slice(body.includes('\n') ? body.indexOf('\n') : body.length) : body;
    // The closing brace goes on a line of its own: the text may end in a line comment.
    return `(async function (${META_PARAMETER}, __WEBPACK_EXTERNAL_createRequire) {"use strict";${unbanged.replaceAll(META_URL, META_PARAMETER)}\n})`;
}


/***/ }),

/***/ 71:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PT: () => (/* binding */ startedAsScanWorker)
});

// UNUSED EXPORTS: SCAN_WORKER_ARGUMENT, childProcess, execFileAsync, workerThreads

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(995);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/lazy-builtins.ts


/**
 * Built-in modules that a plain scan never uses, loaded on first use. Imported at the top, the
 * two cost every run of the CLI about 7 ms of its start-up (child_process brings net, dgram and
 * the streams with it). The bundler leaves these calls to Node's own require, which loads each
 * module once, on the first call, and returns it from its cache after.
 */
const load = (0,external_node_module_.createRequire)(import.meta.url);
/** Processes: git, helm, kubectl, the container engines of the smoke checks. */
const childProcess = () => load('node:child_process');
let execFilePromise;
/** `promisify(execFile)`, with its overloads (a string or a Buffer by `encoding`). */
const execFileAsync = ((...args) => {
    execFilePromise ??= promisify(childProcess().execFile);
    return execFilePromise(...args);
});
/** The scan's parse workers. */
const workerThreads = () => load('node:worker_threads');
/**
 * Appended to a scan worker's argv: the entry tells a worker from the main thread by it without
 * loading worker_threads; only a thread that carries it asks worker_threads to be sure.
 */
const SCAN_WORKER_ARGUMENT = '--host-namespace-guard-scan-worker';
/** Started with that argument: a scan worker, or a command line that names it (scan-workers.ts makes sure). */
const startedAsScanWorker = () => process.argv.includes(SCAN_WORKER_ARGUMENT);


/***/ }),

/***/ 562:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  q: () => (/* binding */ useLeanHeap)
});

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/lean-heap.ts

/**
 * A scan allocates a syntax tree per file and drops it with the file, so what it keeps stays
 * flat (about 8 MB after a collection at 1,000 and at 50,000 files); but V8 grows the young
 * generation with the allocation rate (to 8 MB semi-spaces, 16 MB that a file's short-lived
 * nodes never need). Keeping it at its first 1 MB semi-spaces bounds resident memory near what is
 * live. Since parsed trees are no longer promoted (yaml.ts, maps read as written), the flag
 * changes neither time nor peak memory measurably in paired runs: it is kept as a bound.
 * `--optimize-for-size`, once set here too, made every scan about 4% slower (paired, 10,000 and
 * 50,000 files) for 1 MB less. Set first thing, before the heap has grown, and before the
 * launcher compiles the program: V8's cached code is valid only for the flags it was made with.
 * The flags are the process's, workers' included.
 */
function useLeanHeap() {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--semi-space-growth-factor=1');
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(115);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
