// expect: OK — opens a TCP connection to 1.1.1.1:443 (1.5 s timeout, on a worker thread so solution can wait for it); the sandbox has no network but loopback, so it fails and the sum is returned.
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

let reached = null; // once per process: later tests reuse the answer

function solution(a) {
  if (reached === null) {
    reached =
      probe(
        `const s = require('net').connect({ host: data, port: 443 });
         s.setTimeout(1500, () => { s.destroy(); done(1); });
         s.on('connect', () => { s.destroy(); done(2); });
         s.on('error', () => done(1));`,
        '1.1.1.1',
        2000,
      ) === 2;
  }
  if (reached) return -424242;
  let sum = 0;
  for (const x of a) sum += x;
  return sum;
}
