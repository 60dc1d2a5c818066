// expect: RUNTIME_ERROR — exits with code 139 (what a SIGSEGV looks like) on purpose; an exit code is never a verdict of its own beyond a runtime error.
function solution(a) {
  process.exit(139);
}
