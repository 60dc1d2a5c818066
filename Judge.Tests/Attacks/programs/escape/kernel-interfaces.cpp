// expect: OK — calls keyctl, bpf (map create) and perf_event_open through raw syscalls; the seccomp profile denies all three without capabilities, so the sum is returned (any success is a wrong sum).
#include <bits/stdc++.h>
#include <sys/syscall.h>
#include <unistd.h>
using namespace std;

long long solution(vector<int>& a) {
    long long sum = 0;
    for (int x : a) sum += x;
    bool breach = false;

    // keyctl(KEYCTL_GET_KEYRING_ID = 0, KEY_SPEC_SESSION_KEYRING = -3, create = 0); 250 = keyctl
    if (syscall(250, 0L, -3L, 0L) >= 0) breach = true;

    // bpf(BPF_MAP_CREATE = 0, attr, sizeof attr); 321 = bpf
    alignas(8) uint32_t mapAttr[32] = {};
    mapAttr[0] = 2;  // map_type = BPF_MAP_TYPE_ARRAY
    mapAttr[1] = 4;  // key_size
    mapAttr[2] = 4;  // value_size
    mapAttr[3] = 1;  // max_entries
    long bpfFd = syscall(321, 0L, mapAttr, sizeof mapAttr);
    if (bpfFd >= 0) {
        close(static_cast<int>(bpfFd));
        breach = true;
    }

    // perf_event_open(attr, pid = 0 (self), cpu = -1, group = -1, flags = 0); 298 = perf_event_open
    alignas(8) unsigned char perfAttr[128] = {};
    uint32_t type = 1;                     // PERF_TYPE_SOFTWARE
    uint32_t size = 112;                   // PERF_ATTR_SIZE_VER5
    uint64_t config = 0;                   // PERF_COUNT_SW_CPU_CLOCK
    uint64_t flags = 1 | (1 << 5) | (1 << 6);  // disabled, exclude_kernel, exclude_hv
    memcpy(perfAttr + 0, &type, 4);
    memcpy(perfAttr + 4, &size, 4);
    memcpy(perfAttr + 8, &config, 8);
    memcpy(perfAttr + 40, &flags, 8);
    long perfFd = syscall(298, perfAttr, 0L, -1L, -1L, 0L);
    if (perfFd >= 0) {
        close(static_cast<int>(perfFd));
        breach = true;
    }

    return breach ? -424242 : sum;
}
