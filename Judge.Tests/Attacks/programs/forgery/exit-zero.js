// expect: RUNTIME_ERROR — calls process.exit(0) inside solution, before returning; a clean exit code without a result record must still be a runtime error, never OK.
function solution(a) {
  process.exit(0);
}
