// expect: TIMEOUT — replaces process.cpuUsage and process.hrtime.bigint with clocks that never move, then spins past the CPU limit (but inside the wall-clock watchdog) on its first call; the harness took its clocks before the candidate's code ran, so the real CPU time is reported.
const realNow = Date.now;
process.cpuUsage = () => ({ user: 0, system: 0 });
process.hrtime.bigint = () => 0n;
let spun = false;

function solution(a) {
  if (!spun) {
    spun = true;
    const end = realNow() + 1800; // above JavaScript's 1 s CPU limit here, below the 3 s watchdog
    while (realNow() < end) { /* spin */ }
  }
  let sum = 0;
  for (const x of a) sum += x;
  return sum;
}
