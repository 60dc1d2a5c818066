// expect: OK — resolves example.com with dns.lookup (getaddrinfo) and dns.resolve4 (its own DNS packets), on a worker thread with a 2 s limit; there is no resolver to reach, so both fail and the sum is returned.
const { Worker } = require('worker_threads');

// Runs an asynchronous probe on a worker thread and waits for it synchronously (solution must
// return a value): the probe calls done(1) when blocked, done(2) on a breach (the first call
// counts). No answer within ms counts as blocked.
function probe(source, data, ms) {
  const state = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `const { workerData } = require('worker_threads');
     const state = new Int32Array(workerData.state);
     const data = workerData.data;
     function done(v) { Atomics.compareExchange(state, 0, 0, v); Atomics.notify(state, 0); }
     try { ${source} } catch (e) { done(1); }`,
    { eval: true, workerData: { state: state.buffer, data } },
  );
  Atomics.wait(state, 0, 0, ms);
  const result = Atomics.load(state, 0);
  worker.terminate();
  return result;
}

let resolved = null; // once per process: later tests reuse the answer

function solution(a) {
  if (resolved === null) {
    resolved =
      probe(
        `const dns = require('dns');
         let pending = 2;
         const fail = () => { if (--pending === 0) done(1); };
         dns.lookup(data, (err, address) => (err || !address ? fail() : done(2)));
         const r = new dns.Resolver({ timeout: 1000, tries: 1 });
         r.resolve4(data, (err, addresses) => (err || !addresses || !addresses.length ? fail() : done(2)));`,
        'example.com',
        2000,
      ) === 2;
  }
  if (resolved) return -424242;
  let sum = 0;
  for (const x of a) sum += x;
  return sum;
}
