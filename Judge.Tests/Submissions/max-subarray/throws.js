function solution(a) {
    const table = null;
    return table[a.length];
}
