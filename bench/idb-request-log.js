// Installed in the side panel before its scripts by bench/search-requests.ts
// (a plain script: it runs in the page as written). Logs every IndexedDB
// request and transaction the page makes, with when it was asked for and when
// its answer (or completion) reached the page, in window.__idbLog; the time
// of the first input event in window.__idbTyped; the page's long tasks (over
// 50 ms: start, duration) in window.__longTasks. Benchmarks only.
(() => {
  const log = [];
  window.__idbLog = log;
  window.__idbTyped = Infinity;
  document.addEventListener('input', () => {
    if (window.__idbTyped === Infinity) window.__idbTyped = performance.now();
  }, true);
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const describe = (value) => {
    if (value === undefined || value === null) return '';
    if (value instanceof IDBKeyRange) return `${value.lowerOpen ? '(' : '['}${JSON.stringify(value.lower)}..${JSON.stringify(value.upper)}${value.upperOpen ? ')' : ']'}`;
    try {
      return JSON.stringify(value).slice(0, 40);
    } catch {
      return '?';
    }
  };
  const wrap = (proto, isIndex, methods) => {
    for (const method of methods) {
      const original = proto[method];
      if (typeof original !== 'function') continue;
      proto[method] = function (...args) {
        const request = original.apply(this, args);
        const store = isIndex ? `${this.objectStore.name}.${this.name}` : this.name;
        const entry = { what: `${store} ${method}(${args.map(describe).join(', ')})`, t0: performance.now(), t1: null };
        log.push(entry);
        request.addEventListener('success', () => {
          if (entry.t1 !== null) return;
          entry.t1 = performance.now();
          const result = request.result;
          entry.n = Array.isArray(result) ? result.length : result instanceof IDBCursor ? 'cursor' : result === undefined ? 0 : 1;
        });
        return request;
      };
    }
  };
  wrap(IDBObjectStore.prototype, false, ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']);
  wrap(IDBIndex.prototype, true, ['get', 'getKey', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']);
  const transaction = IDBDatabase.prototype.transaction;
  let made = 0;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    const entry = { what: `transaction ${++made}: ${[...tx.objectStoreNames].join(', ')} (${tx.mode}), completed`, t0: performance.now(), t1: null };
    log.push(entry);
    tx.addEventListener('complete', () => (entry.t1 = performance.now()));
    return tx;
  };
})();
