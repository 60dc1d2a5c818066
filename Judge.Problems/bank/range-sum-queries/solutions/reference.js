// Prefix sums: prefix[i] = a[0] + ... + a[i-1], so a query [l, r] is prefix[r + 1] - prefix[l].
// O(N + M). Every prefix stays below 1e14 in magnitude, exact in a double.
function solution(a, queries) {
    const prefix = new Float64Array(a.length + 1);
    for (let i = 0; i < a.length; i++) {
        prefix[i + 1] = prefix[i] + a[i];
    }

    const answers = new Array(queries.length);
    for (let q = 0; q < queries.length; q++) {
        answers[q] = prefix[queries[q][1] + 1] - prefix[queries[q][0]];
    }
    return answers;
}
