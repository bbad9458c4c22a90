(() => {
  const w = window;
  w.__idb = [];
  w.__typed = 0;
  document.addEventListener('input', () => { if (!w.__typed) w.__typed = performance.now(); }, true);
  const desc = (r) => {
    if (r === undefined || r === null) return '';
    if (r instanceof IDBKeyRange) return '[' + JSON.stringify(r.lower) + (r.lowerOpen ? ')' : ']') + '..' + JSON.stringify(r.upper);
    try { return JSON.stringify(r).slice(0, 40); } catch { return '?'; }
  };
  const wrap = (proto, kind, methods) => {
    for (const m of methods) {
      const orig = proto[m];
      if (!orig) continue;
      proto[m] = function (...args) {
        const req = orig.apply(this, args);
        const store = kind === 'index' ? this.objectStore.name + '.' + this.name : this.name;
        const entry = { what: store + ' ' + m + '(' + desc(args[0]) + (args[1] !== undefined ? ',' + desc(args[1]) : '') + ')', t0: performance.now(), tx: (kind === 'index' ? this.objectStore.transaction : this.transaction).__n };
        w.__idb.push(entry);
        req.addEventListener('success', () => {
          if (entry.t1) return;
          entry.t1 = performance.now();
          const res = req.result;
          entry.n = Array.isArray(res) ? res.length : res instanceof IDBCursor ? 'cursor' : res === undefined ? 0 : 1;
        });
        return req;
      };
    }
  };
  wrap(IDBObjectStore.prototype, 'store', ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']);
  wrap(IDBIndex.prototype, 'index', ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor', 'getKey']);
  const origTx = IDBDatabase.prototype.transaction;
  let txn = 0;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = origTx.apply(this, args);
    tx.__n = ++txn;
    const e = { what: 'TX#' + txn + ' ' + [...tx.objectStoreNames].join(',') + ' ' + tx.mode, t0: performance.now() };
    w.__idb.push(e);
    tx.addEventListener('complete', () => { e.t1 = performance.now(); });
    return tx;
  };
})();
