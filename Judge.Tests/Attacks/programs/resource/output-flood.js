// expect: OUTPUT_LIMIT — prints without end (console.log, then synchronous writes so nothing piles up in memory); the output cap stops the run with OUTPUT_LIMIT.
const fs = require('fs');

function solution(a) {
  const line = 'x'.repeat(1023) + '\n';
  const chunk = Buffer.from(line.repeat(64)); // 64 KiB
  console.log(line);
  // The harness sends the candidate's stdout to stderr; stdio pipes are asynchronous in Node, so a
  // loop of console.log would only fill memory. writeSync on fd 2 really pushes the bytes out.
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      fs.writeSync(2, chunk);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
      Atomics.wait(pause, 0, 0, 1); // the pipe is full (non-blocking fd): wait a moment
    }
  }
}
