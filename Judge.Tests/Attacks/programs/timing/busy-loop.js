// expect: TIMEOUT — spins forever inside solution; the CPU limit (and the wall-clock watchdog) stop it with TIMEOUT.
function solution(a) {
  let x = 0;
  for (;;) {
    x = (x + a.length) | 0;
  }
}
