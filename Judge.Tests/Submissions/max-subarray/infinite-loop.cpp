#include <bits/stdc++.h>
using namespace std;

long long solution(vector<int>& a) {
    volatile long long spins = 0;
    while (true) {
        spins = spins + 1;
    }
    return a[0];
}
