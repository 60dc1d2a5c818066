// expect: OK — calls io_uring_setup through the raw syscall (425); the sandbox's seccomp profile removes io_uring, so it fails and the sum is returned (a descriptor >= 0 would be a breach).
#include <bits/stdc++.h>
#include <sys/syscall.h>
#include <unistd.h>
using namespace std;

long long solution(vector<int>& a) {
    long long sum = 0;
    for (int x : a) sum += x;
    alignas(8) unsigned char params[120] = {};  // struct io_uring_params, all zero: defaults
    long fd = syscall(425, 8L, params);          // 425 = io_uring_setup on x86_64, 8 entries
    if (fd >= 0) {
        close(static_cast<int>(fd));
        return -424242;
    }
    return sum;
}
