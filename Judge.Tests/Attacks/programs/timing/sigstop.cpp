// expect: TIMEOUT — raise(SIGSTOP) freezes the whole process (and its harness) mid-test; only the wall-clock watchdog can end that, with TIMEOUT.
#include <bits/stdc++.h>
#include <csignal>
using namespace std;

long long solution(vector<int>& a) {
    raise(SIGSTOP);
    long long sum = 0;
    for (int x : a) sum += x;
    return sum;
}
