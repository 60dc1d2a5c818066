// expect: OK — calls the raw clone syscall with CLONE_NEWUSER (a child that would be root in its own user namespace); the seccomp profile denies namespace flags, so clone fails and the sum is returned.
#include <bits/stdc++.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
using namespace std;

long long solution(vector<int>& a) {
    long long sum = 0;
    for (int x : a) sum += x;
    // 56 = clone on x86_64: clone(flags, stack = 0 (copy, like fork), parent_tid, child_tid, tls).
    // 0x10000000 = CLONE_NEWUSER, 17 = SIGCHLD.
    long pid = syscall(56, 0x10000000L | 17L, 0L, 0L, 0L, 0L);
    if (pid == 0) syscall(231, 42L);  // the child, if there is one: 231 = exit_group
    if (pid < 0) return sum;          // EPERM from seccomp: blocked
    int status = 0;
    waitpid(static_cast<pid_t>(pid), &status, 0);
    return -424242;
}
