function solution(a) {
    const hoard = [];
    while (true) {
        const block = new Float64Array(1 << 20).fill(hoard.length + 0.5);
        hoard.push(block);
    }
}
