// DP over prefixes with a trie: from every start i that can be reached, walk the trie along
// s[i..] (at most 20 letters) and mark every end where a word finishes. O(s.length * 20).
function solution(s, words) {
    let maxNodes = 1;
    for (const w of words) {
        maxNodes += w.length;
    }

    // Trie in flat typed arrays: next[node * 26 + c] is the child of node by letter c (0 = none).
    const A = 97; // 'a'
    const next = new Int32Array(maxNodes * 26);
    const terminal = new Uint8Array(maxNodes);
    let nodes = 1;
    for (const w of words) {
        let node = 0;
        for (let i = 0; i < w.length; i++) {
            const c = w.charCodeAt(i) - A;
            if (next[node * 26 + c] === 0) {
                next[node * 26 + c] = nodes++;
            }

            node = next[node * 26 + c];
        }

        terminal[node] = 1;
    }

    const n = s.length;
    const reachable = new Uint8Array(n + 1);
    reachable[0] = 1;
    for (let i = 0; i < n; i++) {
        if (!reachable[i]) {
            continue;
        }

        let node = 0;
        for (let j = i; j < n; j++) {
            node = next[node * 26 + (s.charCodeAt(j) - A)];
            if (node === 0) {
                break;
            }

            if (terminal[node]) {
                reachable[j + 1] = 1;
            }
        }
    }

    return reachable[n] === 1;
}
