// expect: COMPILE_ERROR — an initialised 1 GiB static array makes a 1 GiB object file; the compile sandbox's fsize/tmpfs/artifact limits reject it as a compile error.
#include <bits/stdc++.h>
using namespace std;

// Initialised, so it lives in .data (not .bss): the object file itself is 1 GiB. `used` keeps it
// from being optimised away.
__attribute__((used)) static int big[1 << 28] = {1, 2, 3};

long long solution(vector<int>& a) {
    long long sum = 0;
    for (int x : a) sum += x;
    volatile int* p = big;
    return sum + p[0] - 1;  // big[0] == 1: the sum, if this ever compiled
}
