// complexity: O(n)
// Count each value's earlier occurrences in a map; a value pairs with every earlier complement.
function solution(a, target) {
  const seen = new Map();
  let count = 0;
  for (const x of a) {
    count += seen.get(target - x) || 0;
    seen.set(x, (seen.get(x) || 0) + 1);
  }
  return count;
}
