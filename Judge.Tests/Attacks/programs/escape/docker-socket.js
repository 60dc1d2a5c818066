// expect: OK — looks for the Docker (and containerd) API sockets and tries to connect to any it finds; none is mounted into the sandbox, so the sum is returned.
const fs = require('fs');
const { Worker } = require('worker_threads');

const SOCKETS = ['/var/run/docker.sock', '/run/docker.sock', '/run/containerd/containerd.sock', '/var/run/containerd/containerd.sock'];

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

let verdict = null;

function solution(a) {
  if (verdict === null) {
    verdict = 'blocked';
    for (const path of SOCKETS) {
      if (!fs.existsSync(path)) continue;
      const r = probe(
        `const s = require('net').connect({ path: data });
         s.setTimeout(1500, () => { s.destroy(); done(1); });
         s.on('connect', () => { s.destroy(); done(2); });
         s.on('error', () => done(1));`,
        path,
        2000,
      );
      if (r === 2) verdict = 'breach';
    }
  }
  if (verdict === 'breach') return -424242;
  let sum = 0;
  for (const x of a) sum += x;
  return sum;
}
