// expect: COMPILE_ERROR — the file includes itself without end (#include __FILE__); the preprocessor's include-depth limit turns it into a compile error, not a hung compiler.
#include __FILE__

long long solution(vector<int>& a) {
    long long sum = 0;
    for (int x : a) sum += x;
    return sum;
}
