// expect: TIMEOUT — ignores SIGTERM, SIGINT and SIGHUP, then spins forever; the watchdog's kill must not depend on a polite signal.
#include <bits/stdc++.h>
#include <csignal>
using namespace std;

long long solution(vector<int>& a) {
    signal(SIGTERM, SIG_IGN);
    signal(SIGINT, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    volatile unsigned long long spin = 0;
    for (;;) spin = spin + 1;
    return static_cast<long long>(a.size());
}
