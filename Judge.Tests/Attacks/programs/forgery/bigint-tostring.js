// expect: WRONG_ANSWER — returns a BigInt one too large after replacing BigInt.prototype.toString (and toJSON) so it prints as the right sum; the harness's serialisation must not call anything the candidate can replace.
const rewrite = new Map(); // the wrong value (as a string) -> the right one
const realToString = BigInt.prototype.toString;

BigInt.prototype.toString = function (...args) {
  const s = realToString.apply(this, args);
  return rewrite.has(s) ? rewrite.get(s) : s;
};
BigInt.prototype.toJSON = function () {
  return this.toString();
};

function solution(a) {
  let right = 0n;
  for (const x of a) right += BigInt(x);
  rewrite.set(realToString.call(right + 1n), realToString.call(right));
  return right + 1n;
}
