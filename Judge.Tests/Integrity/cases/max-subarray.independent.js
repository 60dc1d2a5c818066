function solution(a) {
    let answer = -Infinity;
    let sum = 0;
    for (const v of a) {
        sum = Math.max(v, sum + v);
        answer = Math.max(answer, sum);
    }
    return answer;
}
