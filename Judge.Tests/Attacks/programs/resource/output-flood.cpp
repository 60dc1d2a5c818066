// expect: OUTPUT_LIMIT — prints to stdout without end; the output cap stops the run with OUTPUT_LIMIT instead of filling the worker.
#include <bits/stdc++.h>
using namespace std;

long long solution(vector<int>& a) {
    string line(1023, 'x');
    for (;;) {
        cout << line << '\n';
        printf("%s\n", line.c_str());
    }
    return static_cast<long long>(a.size());
}
