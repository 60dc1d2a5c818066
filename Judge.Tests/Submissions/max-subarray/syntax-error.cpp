#include <bits/stdc++.h>
using namespace std;

long long solution(vector<int>& a) {
    long long best = a[0]
    return best;
}
