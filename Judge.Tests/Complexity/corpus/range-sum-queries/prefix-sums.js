// complexity: O(n)
// Prefix sums (as BigInt-free doubles: sums stay below 2^53), two lookups per query.
function solution(a, queries) {
  const prefix = new Array(a.length + 1);
  prefix[0] = 0;
  for (let i = 0; i < a.length; i++) prefix[i + 1] = prefix[i] + a[i];
  return queries.map(([l, r]) => prefix[r + 1] - prefix[l]);
}
