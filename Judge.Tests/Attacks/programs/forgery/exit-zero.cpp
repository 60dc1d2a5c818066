// expect: RUNTIME_ERROR — calls _exit(0) inside solution, before returning; a clean exit code without a result record must still be a runtime error, never OK.
#include <bits/stdc++.h>
#include <unistd.h>
using namespace std;

long long solution(vector<int>& a) {
    _exit(0);
    return static_cast<long long>(a.size());
}
