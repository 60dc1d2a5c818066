// expect: OK — scans process.env for anything named or valued like a secret of the judge (PASS, TOKEN, POSTGRES, DOCKER...); the sandbox gets a clean environment, so the sum is returned.
const SECRET = /PASS|SECRET|TOKEN|KEY|CONNECTION|POSTGRES|JUDGE|HANGFIRE|DOCKER/i;

function solution(a) {
  for (const [name, value] of Object.entries(process.env)) {
    if (SECRET.test(name) || SECRET.test(String(value))) return -424242;
  }
  let sum = 0;
  for (const x of a) sum += x;
  return sum;
}
