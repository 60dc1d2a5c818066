function solution(a) {
    while (true) {
    }
}
