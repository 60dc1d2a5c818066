// expect: OK — a single-threaded child calls unshare(CLONE_NEWNS) to get a private mount namespace; without CAP_SYS_ADMIN it fails with EPERM, so the sum is returned.
#include <bits/stdc++.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
using namespace std;

// Runs attempt() in a forked, single-threaded child; true if it succeeded there.
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
    // 272 = unshare on x86_64; 0x00020000 = CLONE_NEWNS
    if (succeedsInChild([]() -> long { return syscall(272, 0x00020000L); })) return -424242;
    return sum;
}
