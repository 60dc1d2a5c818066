// expect: COMPILE_ERROR — #includes /dev/zero, an endless file; the compile sandbox's memory and time limits stop the compiler, which is a compile error.
#include "/dev/zero"

long long solution(vector<int>& a) {
    long long sum = 0;
    for (int x : a) sum += x;
    return sum;
}
