// expect: WRONG_ANSWER — returns an object whose toJSON(), valueOf() and toString() all give the right sum; the harness accepts only plain values, so it is a bad value (wrong answer).
function solution(a) {
  let right = 0;
  for (const x of a) right += x;
  return {
    toJSON() {
      return right;
    },
    valueOf() {
      return right;
    },
    toString() {
      return String(right);
    },
  };
}
