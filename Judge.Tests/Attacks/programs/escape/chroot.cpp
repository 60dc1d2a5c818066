// expect: OK — a child calls chroot("/tmp") (the first step of the classic chroot escape); without CAP_SYS_CHROOT it fails with EPERM, so the sum is returned.
#include <bits/stdc++.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
using namespace std;

// Runs attempt() in a forked child (a chroot that worked must not move the harness's own root);
// true if it succeeded there.
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
    // 161 = chroot on x86_64
    if (succeedsInChild([]() -> long { return syscall(161, "/tmp"); })) return -424242;
    return sum;
}
