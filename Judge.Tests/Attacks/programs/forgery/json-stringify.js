// expect: WRONG_ANSWER — at top level replaces JSON.stringify so that the wrong value it returns is serialised as the right one; the harness's records must not go through anything the candidate can replace.
const realStringify = JSON.stringify;
const rewrite = new Map(); // the wrong value returned -> the right value it should be reported as

JSON.stringify = function (value, ...rest) {
  if (typeof value === 'number' && rewrite.has(value)) return realStringify(rewrite.get(value));
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && rewrite.has(value.value)) {
    value = { ...value, value: rewrite.get(value.value) };
  }
  return realStringify.call(JSON, value, ...rest);
};

function solution(a) {
  let right = 0;
  for (const x of a) right += x;
  rewrite.set(right + 1, right);
  return right + 1;
}
