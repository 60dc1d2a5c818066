// expect: OK — writes a "#!/bin/sh" script to /tmp, makes it executable and execve()s it in a child; /tmp is mounted noexec, so execve fails with EACCES and the sum is returned.
#include <bits/stdc++.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
using namespace std;

static int executed = -1;  // once per process: later tests reuse the answer

static bool scriptRuns() {
    const char* path = "/tmp/attack.sh";
    const string script = "#!/bin/sh\nexit 42\n";
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0755);
    if (fd < 0) return false;  // cannot even write /tmp: nothing to execute
    ssize_t written = write(fd, script.data(), script.size());
    close(fd);
    if (written != static_cast<ssize_t>(script.size())) return false;
    chmod(path, 0755);
    pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
        char* argv[] = {const_cast<char*>(path), nullptr};
        char* envp[] = {nullptr};
        execve(path, argv, envp);
        _exit(127);  // EACCES: noexec held
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 42;
}

long long solution(vector<int>& a) {
    if (executed < 0) executed = scriptRuns() ? 1 : 0;
    if (executed) return -424242;
    long long sum = 0;
    for (int x : a) sum += x;
    return sum;
}
