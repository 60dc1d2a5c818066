// expect: OK — io_uring_setup (syscall 425) must fail under the seccomp profile; Docker 20.10's default allows it.
#include <bits/stdc++.h>
#include <sys/syscall.h>
#include <unistd.h>
using namespace std;

long long solution(vector<int>& a) {
    unsigned char params[120] = {};  // struct io_uring_params, zeroed
    long fd = syscall(425, 8, params);
    long long sum = 0;
    for (int x : a) sum += x;
    if (fd >= 0) {
        close(static_cast<int>(fd));
        return sum + 1;  // the ring was created: the filter is missing
    }
    return sum;
}
