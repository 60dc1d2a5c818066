// expect: MEMORY_LIMIT — allocates and touches 16 MiB blocks without end; the 256 MB limit ends it with an OOM kill (or bad_alloc), never the host.
#include <bits/stdc++.h>
using namespace std;

long long solution(vector<int>& a) {
    const size_t block = 16u << 20;
    const int capBlocks = 64;  // 1 GiB: surviving that means there was no limit
    vector<char*> hoard;
    long long check = 0;
    for (int i = 0; i < capBlocks; i++) {
        char* p = new char[block];
        memset(p, i + 1, block);  // touch every page
        hoard.push_back(p);
        check += static_cast<volatile char*>(p)[block - 1];
    }
    long long sum = 0;
    for (int x : a) sum += x;
    return sum + 1 + (check & 0);  // wrong on purpose: 1 GiB held and still alive
}
