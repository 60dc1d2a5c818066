// expect: OK — a child tries ptrace(PTRACE_ATTACH) on PID 1 (tini, the container's init); attaching must be refused (EPERM), so the sum is returned; if it works the child detaches at once and the sum is wrong.
#include <bits/stdc++.h>
#include <csignal>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
using namespace std;

// The tracer is a forked child: when it exits, the kernel detaches whatever it still traces.
static long attachToInit() {
    const long PTRACE_ATTACH_ = 16, PTRACE_DETACH_ = 17;
    if (syscall(101, PTRACE_ATTACH_, 1L, 0L, 0L) != 0) return -1;  // 101 = ptrace on x86_64
    int status = 0;
    waitpid(1, &status, __WALL);                       // the SIGSTOP of the attach
    syscall(101, PTRACE_DETACH_, 1L, 0L, 0L);          // resume tini, signal suppressed
    return 0;
}

long long solution(vector<int>& a) {
    long long sum = 0;
    for (int x : a) sum += x;
    pid_t pid = fork();
    if (pid < 0) return sum;
    if (pid == 0) _exit(attachToInit() == 0 ? 42 : 0);
    int status = 0;
    for (int waited = 0;; waited++) {  // at most ~1 s: a tracer that hangs is killed (and so detached)
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid) break;
        if (r < 0 && errno != EINTR) return sum;
        if (waited >= 100) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            break;
        }
        usleep(10000);
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 42 ? -424242 : sum;
}
