// expect: COMPILE_ERROR — each template instance needs two new distinct ones, 2^40 in all; the compile sandbox's time or memory limit stops g++, which is a compile error.
#include <bits/stdc++.h>
using namespace std;

template <int Depth, unsigned long long N>
struct Boom {
    static constexpr unsigned long long value = Boom<Depth - 1, 2 * N>::value + Boom<Depth - 1, 2 * N + 1>::value;
};

template <unsigned long long N>
struct Boom<0, N> {
    static constexpr unsigned long long value = N;
};

long long solution(vector<int>& a) {
    long long sum = 0;
    for (int x : a) sum += x;
    return sum + static_cast<long long>(Boom<40, 1>::value & 0);
}
