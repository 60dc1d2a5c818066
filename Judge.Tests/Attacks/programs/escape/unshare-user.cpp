// expect: OK — a single-threaded child calls unshare(CLONE_NEWUSER) to become root in a new user namespace; the seccomp profile refuses it (EPERM), so the sum is returned.
#include <bits/stdc++.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
using namespace std;

// Runs attempt() in a forked child: unshare(CLONE_NEWUSER) fails with EINVAL in any
// multi-threaded process (the harness runs us on a thread), so only a single-threaded child tests
// the permission itself. True if the attempt succeeded there.
static bool succeedsInChild(long (*attempt)()) {
    pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) _exit(attempt() == 0 ? 42 : 0);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 42;
}

long long solution(vector<int>& a) {
    long long sum = 0;
    for (int x : a) sum += x;
    // 272 = unshare on x86_64; 0x10000000 = CLONE_NEWUSER
    if (succeedsInChild([]() -> long { return syscall(272, 0x10000000L); })) return -424242;
    return sum;
}
