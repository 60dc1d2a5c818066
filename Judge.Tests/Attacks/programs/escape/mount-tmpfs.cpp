// expect: OK — tries to mount a tmpfs (and to remount / read-write); without CAP_SYS_ADMIN and under seccomp mount() fails, so the sum is returned.
#include <bits/stdc++.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
using namespace std;

long long solution(vector<int>& a) {
    long long sum = 0;
    for (int x : a) sum += x;
    mkdir("/tmp/attack-mnt", 0700);
    // 165 = mount on x86_64
    if (syscall(165, "none", "/tmp/attack-mnt", "tmpfs", 0UL, "size=1m") == 0) {
        syscall(166, "/tmp/attack-mnt", 0);  // 166 = umount2
        return -424242;
    }
    // MS_REMOUNT (0x20): make the read-only root writable again.
    if (syscall(165, "none", "/", nullptr, 0x20UL, nullptr) == 0) return -424242;
    return sum;
}
