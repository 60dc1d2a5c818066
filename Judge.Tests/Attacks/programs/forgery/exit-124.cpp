// expect: RUNTIME_ERROR — exits with code 124 (what timeout(1) reports) at once; only the watchdog may give TIMEOUT, so this is a runtime error.
#include <bits/stdc++.h>
#include <unistd.h>
using namespace std;

long long solution(vector<int>& a) {
    _exit(124);
    return static_cast<long long>(a.size());
}
