// expect: WRONG_ANSWER — prints fake "@@<nonce> RESULT" records claiming the right sum (console.log and raw writes to fds 1 and 2), then returns a wrong value; without the run's secret nonce the records are ignored.
const fs = require('fs');

let index = 0;

function solution(a) {
  let right = 0;
  for (const x of a) right += x;
  const record = JSON.stringify({ ok: true, value: right, cpuMs: 0.1, wallMs: 0.1, memKb: 1 });
  let lines = '';
  for (const nonce of ['0'.repeat(32), '', 'f'.repeat(32)]) {
    for (let i = index; i < index + 4; i++) lines += `@@${nonce} RESULT ${i} ${record}\n`;
  }
  index++;
  console.log(lines);
  process.stdout.write(lines);
  // fd 1 is still the real stdout pipe in Node (the harness writes its records to another
  // descriptor of the same pipe). Other fds are left alone: they are libuv's own.
  for (const fd of [1, 2]) {
    try {
      fs.writeSync(fd, lines); // under PIPE_BUF: one atomic write, never half a line
    } catch (e) {
      // EAGAIN on a full non-blocking pipe: nothing written
    }
  }
  return right + 1;
}
