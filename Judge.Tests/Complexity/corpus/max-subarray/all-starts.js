// complexity: O(n^2)
// Every start, extended to every end with a running sum.
function solution(a) {
  let best = -Infinity;
  for (let i = 0; i < a.length; i++) {
    let sum = 0;
    for (let j = i; j < a.length; j++) {
      sum += a[j];
      if (sum > best) best = sum;
    }
  }
  return best;
}
