// expect: OK — kill(-1, SIGKILL) signals every process it may; Linux spares the caller and PID 1 (tini), and the PID namespace hides everything outside the container, so only a sleeping child of ours dies and the sum is returned.
#include <bits/stdc++.h>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>
using namespace std;

long long solution(vector<int>& a) {
    pid_t child = fork();
    if (child == 0) {
        sleep(30);
        _exit(0);
    }
    kill(-1, SIGKILL);
    if (child > 0) {
        int status = 0;
        waitpid(child, &status, 0);
    }
    long long sum = 0;
    for (int x : a) sum += x;
    return sum;
}
