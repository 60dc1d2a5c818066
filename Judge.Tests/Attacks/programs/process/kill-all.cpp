// expect: RUNTIME_ERROR — kill(-1, SIGKILL) signals every process it may: inside the PID namespace that is the group runner (same user) but not tini (PID 1), so the run ends as killed by signal 9, never OK, and nothing outside the container is reached.
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
