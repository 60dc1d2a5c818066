// expect: OK — forks sleeping children until fork() fails; the pids limit (64) stops the bomb, so the sum is still returned.
#include <bits/stdc++.h>
#include <unistd.h>
using namespace std;

long long solution(vector<int>& a) {
    long long sum = 0;
    for (int x : a) sum += x;
    const int cap = 2000;  // far above the pids limit: reaching it means there was no limit
    for (int i = 0; i < cap; i++) {
        pid_t pid = fork();
        if (pid < 0) return sum;  // EAGAIN from the pids cgroup: the defence held
        if (pid == 0) {
            sleep(20);  // the child only sleeps; it dies with the container
            _exit(0);
        }
    }
    return -424242;  // thousands of processes and fork() still works: no pids limit
}
